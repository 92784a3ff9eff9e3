import { call } from '../../../lib/cloud'
import type { MatterView } from './types'

/** matters.queue — 楼栋事务: the matters of the caller's buildings, open first, then answered, then the rest. */
export function getQueue(): Promise<MatterView[]> {
  return call<MatterView[]>('matters', 'queue', {})
}
