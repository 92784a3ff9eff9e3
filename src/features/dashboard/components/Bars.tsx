import { Text, View } from '@tarojs/components'
import { shown } from '../lib/lines'
import './Bars.scss'

export interface BarRow {
  key: string
  /** What the row is: a day (12月5日 周六) or a 片区. */
  label: string
  /** null: nothing to show (written "—", said 没有). */
  value: number | null
}

/**
 * One figure row by row: the label, a bar as long as the number, and the
 * number written beside it — read as numbers, not colours, and still one
 * line each in 大字模式. Drawn with Views rather than a chart library (see
 * docs/dashboard.md, "Why the charts are Views"): a canvas is silent to a
 * screen reader, and no maintained library fits a subpackage's budget.
 */
export default function Bars({ title, unit, listLabel, rows }: { title: string; unit: string; listLabel: string; rows: BarRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0))
  return (
    <View className='db-bars' role='list' aria-label={listLabel}>
      {rows.map(({ key, label, value }) => {
        const said = value === null ? '没有' : `${value}${unit}`
        return (
          <View key={key} className='db-bar' role='listitem' aria-label={`${label}${title}${said}`}>
            <Text className='db-bar__day' aria-hidden='true'>
              {label}
            </Text>
            <View className='db-bar__track' aria-hidden='true'>
              {value ? <View className='db-bar__fill' style={{ width: `${Math.max(4, Math.round((value / max) * 100))}%` }} /> : null}
            </View>
            <Text className='db-bar__num' aria-hidden='true'>
              {shown(value, unit)}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
