import { Text, View } from '@tarojs/components'
import type { Line } from '../lib/lines'
import { monthDay, trendOf } from '../lib/lines'
import './Trend.scss'

/** The three figures of 随手拍 drawn as trends, in this order, each in its own colour (the words say the same). */
export const TREND_KEYS = ['reports_in', 'reports_fixed', 'reports_overdue'] as const

/**
 * 问题走势: 收到问题, 已整改 and 超期 day by day over the days shown, one
 * small column chart each (a column a day, today on the right), stacked so
 * that 30 days fit 375 px and still do in 大字模式 (the words grow, the
 * columns do not). Each chart is said in one sentence — the total, the
 * busiest day and today — which is also written under it: nothing is read
 * from the colours or the heights alone; a figure that was 0 every day is
 * one line (这些天都没有), not an empty chart. The numbers of every day are
 * in 每天的数字 below.
 */
export default function Trend({ lines, days }: { lines: Line[]; days: string[] }) {
  const shown = TREND_KEYS.map((key) => lines.find((l) => l.key === key)).filter((l): l is Line => Boolean(l))
  const middle = days[Math.floor((days.length - 1) / 2)]
  return (
    <View className='ct-card db-trend'>
      <Text className='ct-muted ct-block db-trend__hint'>{`最近${days.length}天，每根柱子是一天，最右边是今天。`}</Text>
      {shown.map((line) => {
        const trend = trendOf(line, days)
        return (
          <View key={line.key} className={`db-trend__item db-trend__item--${line.key}`} role='img' aria-label={`${line.title}走势：${trend.said}`}>
            <View className='db-trend__head' aria-hidden='true'>
              <Text className='db-trend__title'>{line.title}</Text>
              <Text className='db-trend__total'>{`共${line.total ?? 0}${line.unit}`}</Text>
            </View>
            {trend.peak ? (
              <View>
                <View className='db-trend__plot' aria-hidden='true'>
                  {days.map((day, i) => (
                    <View key={day} className='db-trend__col'>
                      {trend.heights[i] > 0 ? <View className='db-trend__fill' style={{ height: `${trend.heights[i]}%` }} /> : null}
                    </View>
                  ))}
                </View>
                <View className='db-trend__axis' aria-hidden='true'>
                  <Text>{monthDay(days[0])}</Text>
                  {days.length > 7 ? <Text>{monthDay(middle)}</Text> : null}
                  <Text>今天</Text>
                </View>
                <Text className='ct-muted ct-block db-trend__said' aria-hidden='true'>
                  {`最多：${monthDay(trend.peak.day)} ${trend.peak.value}${line.unit}，今天：${trend.last}${line.unit}`}
                </Text>
              </View>
            ) : (
              <Text className='ct-muted ct-block db-trend__said' aria-hidden='true'>
                这些天都没有
              </Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
