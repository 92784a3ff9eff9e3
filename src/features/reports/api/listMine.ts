import { call } from '../../../lib/cloud'
import type { MyReport } from './types'

/** reports.mine — the caller's own reports, newest first. */
export function listMine(): Promise<MyReport[]> {
  return call<MyReport[]>('reports', 'mine', {})
}
