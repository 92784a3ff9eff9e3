import { Text, View } from '@tarojs/components'
import type { ActivityCard } from '../api/types'
import { isFull, seatsText, timeRange } from '../hooks/rules'
import SignupTag from './SignupTag'

/** One activity in a list: title, who runs it, when (Beijing), where, seats and waitlist, who may join, points, and where I stand. */
export default function ActivityCardView({ a, onOpen }: { a: ActivityCard; onOpen: () => void }) {
  const cancelled = a.status === 'cancelled'
  return (
    <View className={`ct-card ct-card--tap ac-card ${cancelled ? 'ac-card--off' : ''}`} role='link' hoverClass='none' onClick={onOpen}>
      <View className='ac-card__head'>
        <Text className='ct-title ac-card__title'>{a.title}</Text>
        <SignupTag mine={a.mySignup} cancelled={cancelled} />
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{a.organiser}</Text>
      <View className='ac-facts'>
        <View className='ac-fact'>
          <Text className='ac-fact__key'>时间</Text>
          <Text className='ac-fact__value'>{timeRange(a.startsAt, a.endsAt)}</Text>
        </View>
        <View className='ac-fact'>
          <Text className='ac-fact__key'>地点</Text>
          <Text className='ac-fact__value'>{a.placeName}</Text>
        </View>
      </View>
      <View className='ac-card__foot'>
        <Text className={`ac-seats ${isFull(a) ? 'ac-seats--full' : ''}`}>{seatsText(a)}</Text>
        {a.waitlisted > 0 ? <Text className='ct-tag'>{`候补 ${a.waitlisted}`}</Text> : isFull(a) ? <Text className='ct-tag'>已满，可候补</Text> : null}
        <Text className='ct-tag ct-tag--blue'>{a.audienceLabel}</Text>
        {a.pointsPerHour > 0 ? <Text className='ct-tag ct-tag--red'>{`每小时${a.pointsPerHour}积分`}</Text> : null}
      </View>
    </View>
  )
}
