import { call } from '../../../lib/cloud'
import type { NoticeView } from './types'

/** notices.forMe — my building's notices for my unit: current ones pinned first then newest, or the archive. Empty without a home. */
export function listForMe(archived = false): Promise<NoticeView[]> {
  return call<NoticeView[]>('notices', 'forMe', { archived })
}
