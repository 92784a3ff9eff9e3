import { Text, View } from '@tarojs/components'
import CertificateFrame from '../../../components/CertificateFrame'
import { campaignNameOr, type CertificateImage } from '../../../lib/certificate'
import type { CertificateView } from '../api/types'
import { dayText, durationText, hoursFigure } from '../hooks/format'

export const CERT_NOTE = '本证明依据志愿服务组织确认的服务记录出具。标“补录”的时长由组织方在活动结束后补记。'

/** 小时, and the exact time when the figure was rounded: 小时（2小时30分）, never 小时（1小时）. */
export function hoursWithMinutes(minutes: number): string {
  return Math.round(minutes) % 60 === 0 ? '小时' : `小时（${durationText(minutes)}）`
}

/** The certificate as the saved picture draws it: the same words, the activities as lines. */
export function volunteerCertificateImage(cert: CertificateView, campaignName: string): CertificateImage {
  const hours = hoursFigure(cert.totalMinutes)
  return {
    campaignName,
    countyName: cert.countyName,
    title: '志愿服务记录证明',
    number: cert.number,
    name: cert.realName,
    body: `同志在${cert.countyName}参加志愿服务活动 ${cert.activityCount} 次，经组织方确认的志愿服务时长累计 ${hours} ${hoursWithMinutes(cert.totalMinutes)}。特此证明。`,
    figure: `累计 ${hours} 小时`,
    details: cert.records.map((r) => `${r.servedOn.replace(/-/g, '.')}  ${r.title}  ${durationText(r.minutes)}${r.backfilled ? '（补录）' : ''}`),
    issuers: cert.issuers.length ? cert.issuers : [cert.countyName],
    date: dayText(cert.issuedOn),
  }
}

/**
 * 志愿服务记录证明 as a paper certificate (the shared CertificateFrame): the
 * campaign, title, number, the volunteer's registered name, hours and
 * activities, a table of every record, who certified them, the date and the
 * seal. It reads on a phone and prints on A4 (H5).
 */
export default function Certificate({ cert, campaignName }: { cert: CertificateView; campaignName?: string | null }) {
  const hours = hoursFigure(cert.totalMinutes)
  return (
    <CertificateFrame
      campaignName={campaignNameOr(cert.countyName, campaignName)}
      countyName={cert.countyName}
      title='志愿服务记录证明'
      number={cert.number}
      sign={
        <View className='vo-cert__sign'>
          <Text className='vo-cert__label'>出具单位</Text>
          {cert.issuers.map((i) => (
            <Text key={i} className='vo-cert__issuer'>
              {i}
            </Text>
          ))}
          <Text className='vo-cert__date'>{dayText(cert.issuedOn)}</Text>
        </View>
      }
    >
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
    </CertificateFrame>
  )
}
