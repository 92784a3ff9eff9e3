import { call } from '../../../lib/cloud'
import type { Id, NominationView } from './types'

/** families.withdrawConsent — the family is hidden again at once. */
export function withdrawConsent(nominationId: Id): Promise<NominationView> {
  return call<NominationView>('families', 'withdrawConsent', { nominationId })
}
