import { call } from '../../../lib/cloud'
import type { Id, VersionHistory } from './types'

/** conventions.history */
export function getHistory(conventionId: Id): Promise<VersionHistory> {
  return call<VersionHistory>('conventions', 'history', { conventionId })
}
