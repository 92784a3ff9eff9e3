import { call } from '../../../lib/cloud'
import type { Id, ManagedNotice } from './types'

/** notices.withdraw — residents no longer see it; the history keeps what was said, and why it was taken back. */
export function withdrawNotice(noticeId: Id, reason?: string): Promise<ManagedNotice> {
  return call<ManagedNotice>('notices', 'withdraw', reason ? { noticeId, reason } : { noticeId })
}
