import { Text, View } from '@tarojs/components'
import { percent } from '../hooks/rules'

/**
 * How far a notice has got: the households that read it (the bar), of which
 * said 收到 (the darker part). Read out as one sentence.
 */
export default function ReadBar(props: { read: number; acknowledged: number; audience: number; small?: boolean }) {
  const { read, acknowledged, audience, small } = props
  const readPct = percent(read, audience)
  const ackPct = percent(acknowledged, audience)
  return (
    <View
      className={`nt-bar ${small ? 'nt-bar--small' : ''}`}
      role='progressbar'
      aria-valuemin={0}
      aria-valuemax={audience}
      aria-valuenow={read}
      aria-label={`${audience} 户里已读 ${read} 户，其中 ${acknowledged} 户点了收到`}
    >
      <View className='nt-bar__read' style={{ width: `${readPct}%` }} />
      <View className='nt-bar__ack' style={{ width: `${ackPct}%` }} />
      {small ? null : <Text className='ct-sr-only'>{`已读 ${readPct}%`}</Text>}
    </View>
  )
}
