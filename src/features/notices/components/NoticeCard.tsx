import { Text, View } from '@tarojs/components'
import type { NoticeView } from '../api/types'
import { postedLine } from '../hooks/rules'
import NoticeTags from './NoticeTags'

/** A notice in a resident's list: a red dot until the household has read it, 置顶 first, a line of what it says. */
export default function NoticeCard({ n, onOpen }: { n: NoticeView; onOpen: () => void }) {
  return (
    <View className={`ct-card ct-card--tap nt-card ${n.read ? '' : 'nt-card--unread'}`} role='button' hoverClass='none' onClick={onOpen}>
      <View className='nt-card__head'>
        {n.read ? null : <View className='nt-dot' aria-hidden='true' />}
        <Text className='ct-title nt-card__title'>
          {n.read ? null : <Text className='ct-sr-only'>未读，</Text>}
          {n.title}
        </Text>
      </View>
      <View className='nt-tags'>
        <NoticeTags pinned={n.pinned} acknowledged={n.acknowledged} />
      </View>
      <Text className='ct-text ct-block nt-card__body'>{n.body}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${n.buildingName} · ${postedLine(n)}`}</Text>
    </View>
  )
}
