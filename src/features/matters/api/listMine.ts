import { call } from '../../../lib/cloud'
import type { MatterView } from './types'

/** matters.mine — the matters the caller raised, newest first. */
export function listMine(): Promise<MatterView[]> {
  return call<MatterView[]>('matters', 'mine', {})
}
