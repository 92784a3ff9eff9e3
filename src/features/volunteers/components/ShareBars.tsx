import { Text, View } from '@tarojs/components'
import { durationText } from '../hooks/format'

/**
 * Horizontal bars, one per row, as long as its share of the largest: hours
 * per team, or a ranking (with `ranked`, the place shows first; ties share it).
 */
export default function ShareBars(props: { rows: { key: string; name: string; minutes: number }[]; label: string; ranked?: boolean }) {
  const { rows, label, ranked } = props
  const max = rows.reduce((m, r) => Math.max(m, r.minutes), 0)
  let place = 0
  let prev = -1
  return (
    <View role='list' aria-label={label}>
      {rows.map((r, i) => {
        if (r.minutes !== prev) place = i + 1
        prev = r.minutes
        const pct = max > 0 ? Math.max(2, Math.round((r.minutes / max) * 100)) : 0
        const said = `${ranked ? `第${place}名，` : ''}${r.name}，${durationText(r.minutes)}`
        return (
          <View key={r.key} className='vo-share' role='listitem' aria-label={said}>
            {ranked ? (
              <Text className={`vo-share__no vo-share__no--${place}`} aria-hidden='true'>
                {place}
              </Text>
            ) : null}
            <View className='ct-grow' aria-hidden='true'>
              <View className='vo-share__top'>
                <Text className='vo-share__name'>{r.name}</Text>
                <Text className='vo-share__value'>{durationText(r.minutes)}</Text>
              </View>
              <View className='vo-share__track'>
                <View className='vo-share__fill' style={{ width: `${pct}%` }} />
              </View>
            </View>
          </View>
        )
      })}
    </View>
  )
}
