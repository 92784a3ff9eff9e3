import { call } from '../cloud'
import type { ConsentView } from '../../../server/modules/privacy/contracts'

export type { ConsentView }
export type ConsentPurpose = ConsentView['purpose']

/** privacy.consents — each separate consent the app asks for: its words and whether the caller gave it. */
export function getConsents(): Promise<ConsentView[]> {
  return call<ConsentView[]>('privacy', 'consents', {})
}

/** privacy.consent — the caller agrees, on the sheet that explained it. */
export function giveConsent(purpose: ConsentPurpose): Promise<{ given: true }> {
  return call<{ given: true }>('privacy', 'consent', { purpose })
}

/** privacy.withdrawConsent — from now on the app asks again before it collects that data. */
export function withdrawConsent(purpose: ConsentPurpose): Promise<{ withdrawn: boolean }> {
  return call<{ withdrawn: boolean }>('privacy', 'withdrawConsent', { purpose })
}
