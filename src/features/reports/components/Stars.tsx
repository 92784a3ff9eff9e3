import { Text, View } from '@tarojs/components'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意']

/** 1–5 stars to choose: five large buttons, each named by its number and meaning. */
export default function Stars({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  return (
    <View>
      <View className='rp-stars' role='radiogroup' aria-label='满意度'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View
            key={n}
            className={`rp-star ${n <= value ? 'rp-star--on' : ''}`}
            role='radio'
            aria-checked={n === value}
            aria-label={`${n}星，${WORDS[n]}`}
            onClick={() => onChange(n)}
          >
            <Text aria-hidden='true'>★</Text>
          </View>
        ))}
      </View>
      <Text className='ct-muted ct-block'>{value ? `${value}星 · ${WORDS[value]}` : '点星星打分'}</Text>
    </View>
  )
}

/** Stars as they were given (read only). */
export function StarsShown({ value }: { value: number }) {
  const n = Math.max(0, Math.min(5, Math.round(value)))
  return (
    <Text className='rp-stars-shown' aria-label={`${n}星，${WORDS[n] ?? ''}`}>
      {'★'.repeat(n)}
      <Text className='rp-stars-shown__off'>{'★'.repeat(5 - n)}</Text>
    </Text>
  )
}
