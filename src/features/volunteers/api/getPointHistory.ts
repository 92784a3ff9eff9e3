import { call } from '../../../lib/cloud'
import type { Id, PointEntryView } from './types'

/** How many movements points.balance and points.history give at a time. */
export const POINTS_PAGE_SIZE = 20

/** points.history — older movements, before the entry with this id. */
export function getPointHistory(before?: Id): Promise<PointEntryView[]> {
  return call<PointEntryView[]>('points', 'history', before ? { before } : {})
}
