import { ScrollView, Text, View } from '@tarojs/components'
import type { ScoreboardRow } from '../api/types'
import './ScoreTable.scss'

const COLUMNS = ['收到', '整改', '按时', '超期', '用时', '满意度']

/** Busiest and latest first: who has cases past their deadline, then who has received the most. */
export function rankRows(rows: ScoreboardRow[]): ScoreboardRow[] {
  return [...rows].sort((a, b) => b.overdue - a.overdue || b.received - a.received || a.department.localeCompare(b.department))
}

function cells(r: ScoreboardRow): { text: string; late?: boolean }[] {
  return [
    { text: String(r.received) },
    { text: String(r.fixed) },
    { text: String(r.fixedOnTime) },
    { text: String(r.overdue), late: r.overdue > 0 },
    { text: r.medianHoursToFix === null ? '—' : String(r.medianHoursToFix) },
    { text: r.satisfaction === null ? '—' : r.satisfaction.toFixed(1) },
  ]
}

/** Each department's record as a table (scrolls sideways when the text is large). */
export default function ScoreTable({ rows }: { rows: ScoreboardRow[] }) {
  const ranked = rankRows(rows)
  return (
    // it scrolls sideways: a named region a keyboard can reach (tabindex 0), so its hidden columns can be scrolled to
    <ScrollView scrollX className='rp-table-scroll' {...{ role: 'region', 'aria-label': '各单位办理情况（可左右滑动）', tabIndex: 0 }}>
      <View className='rp-table' role='table' aria-label='各单位办理情况'>
        <View className='rp-table__row rp-table__head' role='row'>
          <View className='rp-table__dept' role='columnheader'>
            <Text>责任单位</Text>
          </View>
          {COLUMNS.map((c) => (
            <View key={c} className='rp-table__num' role='columnheader'>
              <Text>{c}</Text>
            </View>
          ))}
        </View>
        {ranked.map((r) => (
          <View key={r.departmentId} className='rp-table__row' role='row'>
            <View className='rp-table__dept' role='rowheader'>
              <Text>{r.department}</Text>
            </View>
            {cells(r).map((c, i) => (
              <View key={COLUMNS[i]} className={`rp-table__num ${c.late ? 'rp-late' : ''}`} role='cell'>
                <Text>{c.text}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}

/** A bar per department that has fixed something: the share fixed on time. */
export function OnTimeBars({ rows }: { rows: ScoreboardRow[] }) {
  const done = rows.filter((r) => r.fixed > 0).sort((a, b) => b.fixedOnTime / b.fixed - a.fixedOnTime / a.fixed)
  if (!done.length) return null
  return (
    <View className='ct-card'>
      <Text className='ct-title ct-block'>按时整改率</Text>
      {done.map((r) => {
        const pct = Math.round((r.fixedOnTime / r.fixed) * 100)
        return (
          <View key={r.departmentId} className='rp-bar' aria-label={`${r.department}按时整改率${pct}%`}>
            <Text className='rp-bar__name'>{r.department}</Text>
            <View className='rp-bar__track' aria-hidden='true'>
              <View className={`rp-bar__fill ${pct < 80 ? 'rp-bar__fill--low' : ''}`} style={{ width: `${pct}%` }} />
            </View>
            <Text className='rp-bar__pct'>{`${pct}%`}</Text>
          </View>
        )
      })}
    </View>
  )
}
