/**
 * 首页's 楼栋通知 card, for a resident bound to a household: how many of
 * their building's notices are unread, the newest unread title, and a tap to
 * the list. Nothing for someone with no home (the to-do asks them to bind)
 * or when the notices cannot be had: a card is a hint, not a page.
 */
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { useRemote } from '../../hooks/useRemote'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { getMe } from '../../lib/api/identity'
import { call } from '../../lib/cloud'
import { ROUTES, go } from '../../lib/routes'
import { SESSION_CHANGED } from '../../lib/session'
import type { NoticeView } from '../../../server/modules/notices/contracts'
import noticeIcon from '../../assets/icons/publish.png'

export interface NoticesSummary {
  unread: number
  /** the first unread notice (pinned first), to name on the card */
  firstTitle: string
}

/** notices.forMe for a bound resident; null for someone with no home. */
export async function loadNoticesSummary(): Promise<NoticesSummary | null> {
  const me = await getMe()
  if (!me.household) return null
  const list = await call<NoticeView[]>('notices', 'forMe', { archived: false })
  const unread = list.filter((n) => !n.read)
  return { unread: unread.length, firstTitle: unread[0]?.title ?? '' }
}

export default function NoticesCard() {
  const summary = useRemote(loadNoticesSummary)
  useReloadOnShow(summary.reload)
  useEffect(() => {
    const onChange = () => void summary.reload()
    Taro.eventCenter.on(SESSION_CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(SESSION_CHANGED, onChange)
    }
  }, [])
  const s = summary.data
  if (!s) return null
  return (
    <View
      className='ct-card ct-card--tap ct-spread home__notices'
      role='button'
      onClick={() => go(ROUTES.noticeList)}
    >
      <View className='ct-row ct-grow'>
        <Image className='ct-list-icon' src={noticeIcon} aria-hidden='true' />
        <View className='ct-grow'>
          <Text className='ct-title ct-block'>楼栋通知</Text>
          <Text className='ct-muted ct-block ct-mt-xs home__notices-note'>{s.unread > 0 ? s.firstTitle : '本楼的通知都看过了'}</Text>
        </View>
      </View>
      {s.unread > 0 ? (
        <Text className='ct-tag ct-tag--red home__notices-count'>{`${s.unread} 条未读`}</Text>
      ) : null}
      <Text className='ct-chevron' aria-hidden='true'>
        ›
      </Text>
    </View>
  )
}
