/**
 * 首页's 楼栋通知 card, for a resident bound to a household: how many of
 * their building's notices are unread, the newest unread title, and a tap to
 * the list. Nothing for someone with no home (the to-do asks them to bind)
 * or while 首页 is loading: a card is a hint, not a page.
 */
import { Image, Text, View } from '@tarojs/components'
import { ROUTES, go } from '../../lib/routes'
import type { NoticesSummary } from '../../lib/api-types'
import noticeIcon from '../../assets/icons/publish.png'

export default function NoticesCard({ notices: s }: { notices: NoticesSummary | null }) {
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
