import { Text, View } from '@tarojs/components'
import type { HoursRecord } from '../api/types'
import { durationText, shortDay } from '../hooks/format'

export const BACKFILL_NOTE = '补录：活动结束后由队长补记或调整的时长，计入服务时长，不发积分。'

/** One certified record: what, who organised it, when, how long; 补录 when a leader added it afterwards. */
export default function RecordRow({ r }: { r: HoursRecord }) {
  return (
    <View className='vo-record' role='listitem'>
      <View className='ct-spread vo-record__top'>
        <Text className='vo-record__title'>{r.title}</Text>
        <Text className='vo-record__minutes'>{durationText(r.minutes)}</Text>
      </View>
      <View className='vo-record__meta'>
        <Text className='ct-muted'>{`${shortDay(r.servedOn)} · ${r.organiser || '社区活动'}`}</Text>
        {r.backfilled ? <Text className='ct-tag vo-record__tag'>补录</Text> : null}
        {r.points > 0 ? <Text className='ct-tag ct-tag--green vo-record__tag'>{`积分 +${r.points}`}</Text> : null}
      </View>
    </View>
  )
}
