import { call } from '../../../lib/cloud'
import type { Id, NominationView } from './types'

/** families.nomination — one nomination, if the caller may see it (else NOT_FOUND), with what they may do. */
export function getNomination(nominationId: Id): Promise<NominationView> {
  return call<NominationView>('families', 'nomination', { nominationId })
}
