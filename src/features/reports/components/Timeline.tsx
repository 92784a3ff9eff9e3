import { Text, View } from '@tarojs/components'
import { formatDue } from './CaseCard'
import PhotoStrip from '../../../components/PhotoStrip'
import Steps from '../../../components/Timeline'
import { StarsShown } from './Stars'
import type { TimelineEntry } from '../api/types'

/** The case's story, newest at the top: who did what, when, with their note and photos. */
export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const steps = [...entries]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({
      key: e.seq,
      label: e.label,
      at: e.at,
      by: e.by,
      note: e.note,
      detail: (
        <>
          {e.department ? (
            <Text className='ct-text ct-block'>{`派给${e.department}${e.deadline ? `，${formatDue(e.deadline)}前办好` : ''}`}</Text>
          ) : null}
          {e.rating ? (
            <View className='ct-mt-xs'>
              <StarsShown value={e.rating} />
            </View>
          ) : null}
        </>
      ),
      after: e.photos && e.photos.length ? <PhotoStrip refs={e.photos} label={`${e.label}的照片`} /> : null,
    }))
  return <Steps steps={steps} label='办理过程' />
}
