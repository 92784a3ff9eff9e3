import { call } from '../../../lib/cloud'
import type { NominationView } from './types'

/** families.consentRequests — nominations of the caller's household waiting for (or given) their consent. */
export function listConsentRequests(): Promise<NominationView[]> {
  return call<NominationView[]>('families', 'consentRequests', {})
}
