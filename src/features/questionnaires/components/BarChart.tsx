import { Text, View } from '@tarojs/components'

export interface Bar {
  label: string
  count: number
  /** of the people who answered the question, 0–100 */
  percent: number
}

/**
 * A horizontal bar per option, drawn with Views (no chart library): the words,
 * a bar as long as its share, and "12人 · 40%". Each row reads out whole.
 */
export default function BarChart({ bars, unit = '人' }: { bars: Bar[]; unit?: string }) {
  return (
    <View className='qn-bars'>
      {bars.map((b, i) => (
        <View key={i} className='qn-bar' role='img' aria-label={`${b.label}：${b.count}${unit}，占${b.percent}%`}>
          <View className='qn-bar__head' aria-hidden='true'>
            <Text className='qn-bar__label'>{b.label}</Text>
            <Text className='qn-bar__value'>{`${b.count}${unit} · ${b.percent}%`}</Text>
          </View>
          <View className='qn-bar__track' aria-hidden='true'>
            {b.count > 0 ? <View className='qn-bar__fill' style={{ width: `${Math.max(1, Math.min(100, b.percent))}%` }} /> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
