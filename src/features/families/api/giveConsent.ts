import { call } from '../../../lib/cloud'
import type { ConsentInput, NominationView } from './types'

/** families.consent — the guardian agrees, with exactly what will be published. */
export function giveConsent(input: ConsentInput): Promise<NominationView> {
  return call<NominationView>('families', 'consent', input)
}
