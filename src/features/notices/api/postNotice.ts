import { call } from '../../../lib/cloud'
import type { ManagedNotice, PostNoticeInput } from './types'

/** notices.post — to the whole building (no unitIds) or chosen units; everyone living there is told in 消息. */
export function postNotice(input: PostNoticeInput): Promise<ManagedNotice> {
  return call<ManagedNotice>('notices', 'post', input)
}
