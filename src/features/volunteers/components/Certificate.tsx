import { Text, View } from '@tarojs/components'
import type { CertificateView } from '../api/types'
import { dayText, durationText, hoursFigure } from '../hooks/format'

export const CERT_NOTE = '本证明依据志愿服务组织确认的服务记录出具。标“补录”的时长由组织方在活动结束后补记。'

/**
 * 志愿服务记录证明 as a paper certificate: title, number, the volunteer's
 * registered name, hours and activities, a table of every record, who
 * certified them, and the date. It reads on a phone and prints on A4 (H5).
 */
/** 小时, and the exact time when the figure was rounded: 小时（2小时30分）, never 小时（1小时）. */
export function hoursWithMinutes(minutes: number): string {
  return Math.round(minutes) % 60 === 0 ? '小时' : `小时（${durationText(minutes)}）`
}

export default function Certificate({ cert }: { cert: CertificateView }) {
  const hours = hoursFigure(cert.totalMinutes)
  return (
    <View className='vo-cert'>
      <View className='vo-cert__inner'>
        <Text className='vo-cert__county'>{cert.countyName}</Text>
        <Text className='vo-cert__title'>志愿服务记录证明</Text>
        <Text className='vo-cert__no'>{`编号：${cert.number}`}</Text>

        <Text className='vo-cert__body'>
          兹证明 <Text className='vo-cert__name'>{cert.realName}</Text> 同志在{cert.countyName}参加志愿服务活动
          <Text className='vo-cert__figure'>{` ${cert.activityCount} `}</Text>次，经组织方确认的志愿服务时长累计
          <Text className='vo-cert__figure'>{` ${hours} `}</Text>
          {hoursWithMinutes(cert.totalMinutes)}。
        </Text>
        <Text className='vo-cert__body vo-cert__body--plain'>特此证明。</Text>

        <View className='vo-cert__table' role='table' aria-label='志愿服务记录'>
          <View className='vo-cert__tr vo-cert__tr--head' role='row'>
            <View className='vo-cert__td vo-cert__td--date' role='columnheader'>
              日期
            </View>
            <View className='vo-cert__td vo-cert__td--title' role='columnheader'>
              服务活动
            </View>
            <View className='vo-cert__td vo-cert__td--org' role='columnheader'>
              组织方
            </View>
            <View className='vo-cert__td vo-cert__td--time' role='columnheader'>
              时长
            </View>
          </View>
          {cert.records.map((r) => (
            <View key={`${r.activityId}-${r.servedOn}`} className='vo-cert__tr' role='row'>
              <View className='vo-cert__td vo-cert__td--date' role='cell'>
                {r.servedOn.replace(/-/g, '.')}
              </View>
              <View className='vo-cert__td vo-cert__td--title' role='cell'>
                {r.title}
              </View>
              <View className='vo-cert__td vo-cert__td--org' role='cell'>
                {r.organiser || '—'}
              </View>
              <View className='vo-cert__td vo-cert__td--time' role='cell'>
                {durationText(r.minutes)}
                {r.backfilled ? <Text className='vo-cert__mark'>（补录）</Text> : null}
              </View>
            </View>
          ))}
          <View className='vo-cert__tr vo-cert__tr--sum' role='row'>
            <View className='vo-cert__td vo-cert__td--sum' role='cell'>
              {`合计 ${cert.activityCount} 次活动`}
            </View>
            <View className='vo-cert__td vo-cert__td--time' role='cell'>
              {durationText(cert.totalMinutes)}
            </View>
          </View>
        </View>

        <Text className='vo-cert__note'>{CERT_NOTE}</Text>

        <View className='vo-cert__sign'>
          <Text className='vo-cert__label'>出具单位</Text>
          {cert.issuers.map((i) => (
            <Text key={i} className='vo-cert__issuer'>
              {i}
            </Text>
          ))}
          <Text className='vo-cert__date'>{dayText(cert.issuedOn)}</Text>
        </View>
      </View>
    </View>
  )
}
