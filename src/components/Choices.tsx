import { View } from '@tarojs/components'
import './Choices.scss'

/**
 * Choose one of a few: large chips in a radio group, wrapping onto more rows,
 * or (`scroll`, for a filter over a list) one row that scrolls sideways.
 */
export default function Choices<T extends string | number>(props: {
  label: string
  options: { value: T; text: string }[]
  /** '' while none is chosen */
  value: T | ''
  onChange: (v: T) => void
  scroll?: boolean
  className?: string
}) {
  const { label, options, value, onChange, scroll, className } = props
  const cls = ['ct-chips', scroll ? 'ct-chips--scroll' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    // A row that scrolls sideways is reachable from the keyboard (tabindex 0), so its hidden chips can be scrolled to.
    <View className={cls} role='radiogroup' aria-label={label} {...(scroll ? { tabIndex: 0 } : {})}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`ct-chip ${value === o.value ? 'ct-chip--on' : ''}`}
          role='radio'
          aria-checked={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {o.text}
        </View>
      ))}
    </View>
  )
}
