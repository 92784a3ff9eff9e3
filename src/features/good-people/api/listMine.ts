import { call } from '../../../lib/cloud'
import type { GoodPersonView } from './types'

/** goodPeople.mine — the people I nominated, with where each stands. */
export function listMine(): Promise<GoodPersonView[]> {
  return call<GoodPersonView[]>('goodPeople', 'mine', {})
}
