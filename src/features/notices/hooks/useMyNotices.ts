import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { getMe } from '../../../lib/api/identity'
import type { Me } from '../../../lib/api-types'
import { listForMe } from '../api/listForMe'
import type { NoticeView } from '../api/types'

export type NoticeTab = 'current' | 'archived'

export const NOTICE_TABS: { key: NoticeTab; text: string }[] = [
  { key: 'current', text: '当前通知' },
  { key: 'archived', text: '已归档' },
]

/**
 * 楼栋通知 for a resident: the current notices of their building and unit
 * (pinned first, then newest) or the archive. Who they are is asked too: a
 * person with no home gets no notices, and is told how to get them.
 */
export function useMyNotices(initialTab?: string) {
  const me = useRemote<Me>(getMe)
  const [tab, setTab] = useState<NoticeTab>(initialTab === 'archived' ? 'archived' : 'current')
  const notices = useRemote<NoticeView[]>(() => listForMe(tab === 'archived'), [tab])
  const home = me.data?.household ?? null
  return {
    me,
    /** false once we know the person has no home; true while not known yet */
    bound: me.status !== 'ready' || home !== null,
    homeLabel: home?.label ?? '',
    tab,
    setTab,
    notices,
    unread: tab === 'current' ? (notices.data ?? []).filter((n) => !n.read).length : 0,
    reload: () => Promise.all([notices.reload(), me.reload()]),
  }
}

export type MyNotices = ReturnType<typeof useMyNotices>
