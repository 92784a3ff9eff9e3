import { Text, View } from '@tarojs/components'

/**
 * The options of a choice question as full-width rows (long option text
 * wraps; the whole row is the touch target): round marks for one choice,
 * square ticks for several.
 */
export default function OptionList(props: { label: string; options: string[]; multiple: boolean; value: number | number[] | undefined; disabled?: boolean; onPick: (index: number) => void }) {
  const { label, options, multiple, value, disabled, onPick } = props
  const on = (i: number) => (multiple ? Array.isArray(value) && value.includes(i) : value === i)
  return (
    <View className='qn-options' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((text, i) => (
        <View
          key={i}
          className={`qn-option ${on(i) ? 'qn-option--on' : ''}`}
          role={multiple ? 'checkbox' : 'radio'}
          aria-checked={on(i)}
          aria-disabled={disabled || undefined}
          onClick={() => !disabled && onPick(i)}
        >
          <Text className={`qn-option__mark ${multiple ? 'qn-option__mark--square' : ''}`} aria-hidden='true'>
            {on(i) ? '✓' : ''}
          </Text>
          <Text className='qn-option__text'>{text}</Text>
        </View>
      ))}
    </View>
  )
}
