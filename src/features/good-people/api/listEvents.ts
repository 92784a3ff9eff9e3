import { call } from '../../../lib/cloud'
import type { GoodPersonEvents, Id } from './types'

/** goodPeople.events — 参加的活动: where the good person tells their story, upcoming first, then past. */
export function listEvents(goodPersonId: Id): Promise<GoodPersonEvents> {
  return call<GoodPersonEvents>('goodPeople', 'events', { goodPersonId })
}
