import { Text, View } from '@tarojs/components'
import StatusTag from '../../../components/StatusTag'
import { formatWhen } from '../../../lib/time'
import type { MatterView } from '../api/types'
import { STATUS_TONE } from '../hooks/rules'

/**
 * A matter in a list. To those who look after the building: where it is and
 * who asked (room and masked name). To the resident: when they asked and how
 * it was settled, or else the captain's answer, if there is one.
 */
export default function MatterCard({ m, onOpen }: { m: MatterView; onOpen: () => void }) {
  const who = m.resident !== null ? `${m.building} · ${m.room} · ${m.resident}` : `${m.building} ${m.room}`
  return (
    <View className={`ct-card ct-card--tap mt-card mt-card--${m.status}`} role='button' onClick={onOpen}>
      <View className='ct-spread'>
        <Text className='ct-title'>{m.kindLabel}</Text>
        <StatusTag status={STATUS_TONE[m.status]} label={m.statusLabel} />
      </View>
      <Text className='ct-text ct-block mt-card__text'>{m.text}</Text>
      <Text className='ct-muted ct-block'>{`${formatWhen(m.createdAt)} · ${who}${m.photos.length ? ` · ${m.photos.length}张照片` : ''}`}</Text>
      {m.resident === null && m.resolution ? (
        <View className='mt-reply mt-reply--done'>
          <Text className='mt-reply__who ct-block'>解决情况：</Text>
          <Text className='ct-text ct-block mt-reply__text'>{m.resolution}</Text>
        </View>
      ) : m.resident === null && m.answer ? (
        <View className='mt-reply'>
          <Text className='mt-reply__who ct-block'>{`${m.answeredBy ?? '楼长'}回复：`}</Text>
          <Text className='ct-text ct-block mt-reply__text'>{m.answer}</Text>
        </View>
      ) : null}
    </View>
  )
}
