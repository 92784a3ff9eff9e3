import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivityView } from '../api/types'
import { NEARBY_M, isFull, seatsText, timeRange, whenText } from '../hooks/rules'
import SignupTag from './SignupTag'

const isWeapp = process.env.TARO_ENV === 'weapp'

function Fact({ k, children }: { k: string; children: string }) {
  return (
    <View className='ac-fact'>
      <Text className='ac-fact__key'>{k}</Text>
      <Text className='ac-fact__value'>{children}</Text>
    </View>
  )
}

/** Everything about the activity a participant needs to decide and to find it. */
export default function ActivityFacts({ a, now }: { a: ActivityView; now: number }) {
  const waiting = a.waitlisted > 0 ? `，候补 ${a.waitlisted} 人` : isFull(a) ? '，已满' : ''
  return (
    <View className='ct-card'>
      <View className='ac-card__head'>
        <Text className='ct-h1 ac-card__title'>{a.title}</Text>
        <SignupTag mine={a.mySignup} cancelled={a.status === 'cancelled'} />
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{`组织者：${a.organiser}`}</Text>
      <View className='ac-facts'>
        <Fact k='时间'>{timeRange(a.startsAt, a.endsAt, now)}</Fact>
        <View className='ac-fact'>
          <Text className='ac-fact__key'>地点</Text>
          <View className='ac-fact__value'>
            <Text>{a.placeName}</Text>
            {isWeapp ? (
              <View
                className='ct-link ac-map'
                role='button'
                onClick={() => void Taro.openLocation({ latitude: a.lat, longitude: a.lng, name: a.placeName, scale: 16 }).catch(() => undefined)}
              >
                看地图
              </View>
            ) : null}
          </View>
        </View>
        <Fact k='报名截止'>{whenText(a.signupDeadline, now)}</Fact>
        <Fact k='名额'>{`${seatsText(a)}${waiting}`}</Fact>
        <Fact k='谁能报名'>{a.audienceLabel}</Fact>
        <Fact k='积分'>{a.pointsPerHour > 0 ? `每服务1小时${a.pointsPerHour}积分（按扫码签到签退的时长）` : '不计积分，记录服务时长'}</Fact>
        {a.requireNearby ? <Fact k='签到'>{`需在活动地点${NEARBY_M}米内扫码签到、签退`}</Fact> : null}
      </View>
    </View>
  )
}
