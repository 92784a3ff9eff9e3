import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RosterRow } from '../api/types'
import { clockText, minutesText } from '../hooks/rules'

function call(phone: string) {
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

function Phone({ r }: { r: RosterRow }) {
  if (!r.phone) return <Text className='ct-muted'>没留电话</Text>
  const phone = r.phone
  return (
    <View className='ct-link ac-phone' role='button' aria-label={`给${r.name}打电话：${phone}`} onClick={() => call(phone)}>
      {phone}
    </View>
  )
}

/** Where one person stands at the activity: 未签到 · 已签到 14:02 · 已签退 16:05 (2小时3分钟) · 已确认 2小时. */
function Attendance({ r }: { r: RosterRow }) {
  if (r.certified) {
    return (
      <Text className='ct-tag ct-tag--green'>{`已确认 ${minutesText(r.certified.minutes)}${r.certified.points ? ` · ${r.certified.points}积分` : ''}`}</Text>
    )
  }
  if (r.checkedOutAt) {
    return <Text className='ct-tag ct-tag--green'>{`签到 ${clockText(r.checkedInAt)} · 签退 ${clockText(r.checkedOutAt)}`}</Text>
  }
  if (r.checkedInAt) return <Text className='ct-tag ct-tag--blue'>{`已签到 ${clockText(r.checkedInAt)}`}</Text>
  return <Text className='ct-tag'>未签到</Text>
}

/** 名单: everyone coming with their phone (tap to call) and check-in times; then the waitlist, in order. */
export default function RosterList({ confirmed, waitlisted, capacity }: { confirmed: RosterRow[]; waitlisted: RosterRow[]; capacity: number }) {
  const arrived = confirmed.filter((r) => r.checkedInAt).length
  return (
    <View>
      <Text className='ct-section-title'>{`报名成功 ${confirmed.length}/${capacity} 人 · 已签到 ${arrived} 人`}</Text>
      {confirmed.length ? (
        <View className='ct-card ac-roster'>
          {confirmed.map((r) => (
            <View key={r.signupId} className='ac-roster__row'>
              <View className='ac-roster__who'>
                <Text className='ct-text ac-roster__name'>{r.name}</Text>
                <Phone r={r} />
              </View>
              <Attendance r={r} />
            </View>
          ))}
        </View>
      ) : (
        <View className='ct-card'>
          <Text className='ct-muted'>还没有人报名。可以把活动转发到微信群，请大家来报名。</Text>
        </View>
      )}
      <Text className='ct-section-title'>{`候补 ${waitlisted.length} 人（按先后顺序，有人取消时第一位自动递补）`}</Text>
      {waitlisted.length ? (
        <View className='ct-card ac-roster'>
          {waitlisted.map((r, i) => (
            <View key={r.signupId} className='ac-roster__row'>
              <View className='ac-roster__who'>
                <Text className='ac-roster__seq'>{`第${i + 1}位`}</Text>
                <Text className='ct-text ac-roster__name'>{r.name}</Text>
                <Phone r={r} />
              </View>
            </View>
          ))}
        </View>
      ) : (
        <View className='ct-card'>
          <Text className='ct-muted'>没有人候补。</Text>
        </View>
      )}
    </View>
  )
}
