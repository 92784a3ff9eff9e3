import { call } from '../../../lib/cloud'
import type { Id, NominationView, ReviewDecision } from './types'

/** families.review — approve, or ask for changes / reject with a reason the family reads. */
export function reviewNomination(nominationId: Id, decision: ReviewDecision, reason?: string): Promise<NominationView> {
  return call<NominationView>('families', 'review', { nominationId, decision, reason })
}
