import { Image, Text, View } from '@tarojs/components'
import { photoUrl } from '../../../lib/files'
import type { GoodPersonCard } from '../api/types'
import SupportButton from './SupportButton'
import TitleBadges from './TitleBadges'

/** One good person in 身边好人: the first photo, name, category, titles, the story's start, and 点赞. Tap to read it all. */
export default function PersonCard(props: { p: GoodPersonCard; supporting: boolean; onOpen: () => void; onSupport: () => void }) {
  const { p, supporting, onOpen, onSupport } = props
  const cover = p.photos[0]
  return (
    <View className='ct-card gp-card'>
      <View role='link' onClick={onOpen}>
        {cover ? <Image className='gp-card__cover' src={photoUrl(cover)} mode='aspectFill' lazyLoad aria-hidden='true' /> : null}
        <View className='gp-card__body'>
          <View className='gp-card__name-row'>
            <Text className='ct-title'>{p.nomineeName}</Text>
            <Text className='ct-tag ct-tag--red'>{p.categoryName}</Text>
          </View>
          <TitleBadges titles={p.titles} />
          <Text className='ct-text ct-block gp-card__story'>{p.story}</Text>
        </View>
      </View>
      <View className='gp-card__foot'>
        <SupportButton supports={p.supports} supported={p.supported} canSupport busy={supporting} name={p.nomineeName} onSupport={onSupport} />
        <View className='ct-link gp-card__more' role='link' onClick={onOpen}>
          看事迹
        </View>
      </View>
    </View>
  )
}
