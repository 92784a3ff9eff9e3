import { call } from '../../../lib/cloud'
import type { Id, RemindResult } from './types'

/** notices.remind — tells the people of households that have not read it; a second reminder the same day tells nobody twice. */
export function remindUnread(noticeId: Id): Promise<RemindResult> {
  return call<RemindResult>('notices', 'remind', { noticeId })
}
