import { Text, View } from '@tarojs/components'
import { durationText, hoursFigure, lastMonths, monthLabel } from '../hooks/format'

/**
 * Hours of the last months as a column chart drawn with Views: one column a
 * month (a month without service draws no column, only the baseline), as tall as its hours against
 * the busiest month. Each column is read out whole.
 */
export default function MonthBars(props: { months: { month: string; minutes: number }[]; current: string; count?: number }) {
  const { months, current, count = 6 } = props
  const byMonth = new Map(months.map((m) => [m.month, m.minutes]))
  const shown = lastMonths(current, count).map((month) => ({ month, minutes: byMonth.get(month) ?? 0 }))
  const max = shown.reduce((m, x) => Math.max(m, x.minutes), 0)
  const thisYear = Number(current.slice(0, 4))
  return (
    <View className='vo-bars' role='list' aria-label={`最近${count}个月的服务时长`}>
      {shown.map((m) => {
        const pct = max > 0 ? Math.max(m.minutes > 0 ? 4 : 0, Math.round((m.minutes / max) * 100)) : 0
        const label = monthLabel(m.month, thisYear)
        return (
          <View key={m.month} className='vo-bars__col' role='listitem' aria-label={`${label}，${m.minutes > 0 ? durationText(m.minutes) : '没有服务时长'}`}>
            <Text className='vo-bars__value' aria-hidden='true'>
              {m.minutes > 0 ? hoursFigure(m.minutes) : ''}
            </Text>
            <View className='vo-bars__track' aria-hidden='true'>
              {m.minutes > 0 ? <View className={`vo-bars__fill ${m.month === current ? 'vo-bars__fill--now' : ''}`} style={{ height: `${pct}%` }} /> : null}
            </View>
            <Text className='vo-bars__label' aria-hidden='true'>
              {label}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
