import { call } from '../../../lib/cloud'
import type { QueueItem, QueueStatus } from './types'

/** households.captainQueue — requests of buildings in the caller's scope. */
export function getQueue(status: QueueStatus): Promise<QueueItem[]> {
  return call<QueueItem[]>('households', 'captainQueue', { status })
}
