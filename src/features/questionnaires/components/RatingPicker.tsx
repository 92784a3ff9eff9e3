import { Text, View } from '@tarojs/components'
import { RATING_WORDS } from '../hooks/rules'

/** 1 to 5, each a big button with its words under it (很不满意 … 很满意); the stars up to the chosen one light up. */
export default function RatingPicker(props: { label: string; value: number | undefined; disabled?: boolean; onChange: (n: number) => void }) {
  const { label, value, disabled, onChange } = props
  return (
    <View className='qn-rating' role='radiogroup' aria-label={label}>
      {RATING_WORDS.map((word, i) => {
        const n = i + 1
        const lit = value !== undefined && n <= value
        return (
          <View
            key={n}
            className={`qn-rating__item ${value === n ? 'qn-rating__item--on' : ''}`}
            role='radio'
            aria-checked={value === n}
            aria-label={`${n}分，${word}`}
            aria-disabled={disabled || undefined}
            onClick={() => !disabled && onChange(n)}
          >
            <Text className={`qn-rating__star ${lit ? 'qn-rating__star--lit' : ''}`} aria-hidden='true'>
              ★
            </Text>
            <Text className='qn-rating__num' aria-hidden='true'>
              {n}
            </Text>
            <Text className='qn-rating__word' aria-hidden='true'>
              {word}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
