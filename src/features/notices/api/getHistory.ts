import { call } from '../../../lib/cloud'
import type { Id, RevisionView } from './types'

/** notices.history — every version: posted, each edit, the withdrawal; oldest first. */
export function getHistory(noticeId: Id): Promise<RevisionView[]> {
  return call<RevisionView[]>('notices', 'history', { noticeId })
}
