import { call } from '../../../lib/cloud'
import type { Id, NoticeView } from './types'

/** notices.acknowledge — 收到: my household tells the captain it got the message (once). */
export function acknowledgeNotice(noticeId: Id): Promise<NoticeView> {
  return call<NoticeView>('notices', 'acknowledge', { noticeId })
}
