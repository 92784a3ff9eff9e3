import { Text, View } from '@tarojs/components'
import { formatWhen } from '../../../lib/time'
import { formatDue } from './CaseCard'
import PhotoStrip from '../../../components/PhotoStrip'
import { StarsShown } from './Stars'
import type { TimelineEntry } from '../api/types'

/** The case's story, newest at the top: who did what, when, with their note and photos. */
export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const list = [...entries].sort((a, b) => b.seq - a.seq)
  return (
    <View className='rp-steps' role='list' aria-label='办理过程'>
      {list.map((e, i) => (
        <View key={e.seq} className={`rp-step ${i === 0 ? 'rp-step--now' : ''}`} role='listitem'>
          <View className='rp-step__rail' aria-hidden='true'>
            <View className='rp-step__dot' />
            {i < list.length - 1 ? <View className='rp-step__line' /> : null}
          </View>
          <View className='rp-step__body'>
            <View className='ct-spread'>
              <Text className='rp-step__label'>{e.label}</Text>
              <Text className='ct-muted'>{formatWhen(e.at)}</Text>
            </View>
            <Text className='ct-muted ct-block'>{e.by}</Text>
            {e.department ? (
              <Text className='ct-text ct-block'>
                {`派给${e.department}${e.deadline ? `，${formatDue(e.deadline)}前办好` : ''}`}
              </Text>
            ) : null}
            {e.rating ? (
              <View className='ct-mt-xs'>
                <StarsShown value={e.rating} />
              </View>
            ) : null}
            {e.note ? <Text className='ct-text ct-block rp-step__note'>{e.note}</Text> : null}
            {e.photos && e.photos.length ? <PhotoStrip refs={e.photos} label={`${e.label}的照片`} /> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
