import { call } from '../../../lib/cloud'
import type { Id, ManagedNotice, NoticeContent } from './types'

/** notices.edit — the earlier version stays in the history; who has read it stays read. */
export function editNotice(noticeId: Id, content: NoticeContent): Promise<ManagedNotice> {
  return call<ManagedNotice>('notices', 'edit', { noticeId, ...content })
}
