import { call } from '../../../lib/cloud'
import type { GoodPersonView, Id, ReviewDecision } from './types'

/** goodPeople.review — approve (public from now on), ask for changes or reject; the last two with a reason. */
export function reviewGoodPerson(goodPersonId: Id, decision: ReviewDecision, reason?: string): Promise<GoodPersonView> {
  return call<GoodPersonView>('goodPeople', 'review', reason ? { goodPersonId, decision, reason } : { goodPersonId, decision })
}
