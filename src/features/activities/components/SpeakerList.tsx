import { Text, View } from '@tarojs/components'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import type { SpeakerCard } from '../api/types'
import { speakerLine } from '../hooks/speakers'
import './Speakers.scss'

/**
 * 讲述人 on the activity page: the good people who tell their story here, as
 * 身边好人 shows them (name, category, titles), each opening their page.
 * Nothing when there are none.
 */
export default function SpeakerList({ speakers }: { speakers: SpeakerCard[] }) {
  if (!speakers.length) return null
  return (
    <View className='ct-card' aria-label='讲述人'>
      <Text className='ct-title ct-block'>讲述人</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>身边好人来讲他们自己的故事</Text>
      <View className='ct-mt-xs'>
        {speakers.map((s) => (
          <View
            key={s.goodPersonId}
            className='ac-speaker'
            role='link'
            hoverClass='none'
            onClick={() => go(withQuery(ROUTES.goodPersonDetail, { id: s.goodPersonId }))}
          >
            <Text className='ac-speaker__mark' aria-hidden='true'>
              {Array.from(s.name)[0]}
            </Text>
            <View className='ac-speaker__body'>
              <Text className='ac-speaker__name'>{s.name}</Text>
              <Text className='ac-speaker__line'>{speakerLine(s)}</Text>
            </View>
            <Text className='ac-speaker__more'>看事迹 ›</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
