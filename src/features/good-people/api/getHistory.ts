import { call } from '../../../lib/cloud'
import type { GoodPersonHistoryEntry, Id } from './types'

/** goodPeople.history — 推荐经过, oldest first; for the reviewers, the nominator and the nominee who agreed only (`seesHistory`). */
export function getHistory(goodPersonId: Id): Promise<GoodPersonHistoryEntry[]> {
  return call<GoodPersonHistoryEntry[]>('goodPeople', 'history', { goodPersonId })
}
