import { Text, View } from '@tarojs/components'
import type { Line } from '../lib/lines'
import { dayLabel, shown } from '../lib/lines'
import './DayBars.scss'

/**
 * One figure day by day, newest first: the day, a bar as long as the number,
 * and the number written beside it — read as numbers, not colours, and still
 * one line each in 大字模式. Drawn with Views rather than a chart library:
 * @antv/f2 5.14's smallest build is 533 KB minified (with f-engine, lottie,
 * d3-cloud and gl-matrix), over twice a subpackage's 256 KB budget, and a
 * canvas chart is silent to a screen reader.
 */
export default function DayBars({ line, days }: { line: Line; days: string[] }) {
  const max = Math.max(1, ...line.values.map((v) => v ?? 0))
  const rows = days.map((day, i) => ({ day, value: line.values[i] })).reverse()
  return (
    <View className='db-bars' role='list' aria-label={`${line.title}，每天`}>
      {rows.map(({ day, value }) => {
        const label = dayLabel(day)
        const said = value === null ? '没有' : `${value}${line.unit}`
        return (
          <View key={day} className='db-bar' role='listitem' aria-label={`${label}${line.title}${said}`}>
            <Text className='db-bar__day' aria-hidden='true'>
              {label}
            </Text>
            <View className='db-bar__track' aria-hidden='true'>
              {value ? <View className='db-bar__fill' style={{ width: `${Math.max(4, Math.round((value / max) * 100))}%` }} /> : null}
            </View>
            <Text className='db-bar__num' aria-hidden='true'>
              {shown(value, line.unit)}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
