import { call } from '../../../lib/cloud'
import type { Id, NoticeView } from './types'

/** notices.read — opening a notice marks it read for my household (ten times counts once) and answers it. */
export function readNotice(noticeId: Id): Promise<NoticeView> {
  return call<NoticeView>('notices', 'read', { noticeId })
}
