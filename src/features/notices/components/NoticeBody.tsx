import { Text, View } from '@tarojs/components'
import PhotoStrip from '../../../components/PhotoStrip'
import type { NoticeView } from '../api/types'
import { endsLine, postedLine } from '../hooks/rules'
import NoticeTags from './NoticeTags'

/** What a notice says: title, marks, when (Beijing), the text and its pictures (a tap opens them large). */
export default function NoticeBody({ n, withdrawn }: { n: NoticeView; withdrawn?: boolean }) {
  return (
    <View className='ct-card'>
      <Text className='ct-h1 ct-block nt-title'>{n.title}</Text>
      <View className='nt-tags'>
        <NoticeTags pinned={n.pinned} withdrawn={withdrawn} />
        {n.edited ? <Text className='ct-tag nt-tag'>已编辑</Text> : null}
      </View>
      <Text className='ct-muted ct-block'>{`${n.buildingName} · ${n.audienceLabel}`}</Text>
      <Text className='ct-muted ct-block'>{`${postedLine({ ...n, edited: false })} · ${endsLine(n)}`}</Text>
      <Text className='ct-text ct-block nt-body'>{n.body}</Text>
      {n.images.length ? (
        <View className='ct-mt'>
          <PhotoStrip refs={n.images} label='通知图片' />
        </View>
      ) : null}
    </View>
  )
}
