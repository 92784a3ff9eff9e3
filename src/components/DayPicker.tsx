import { Picker, Text, View } from '@tarojs/components'
import Field from './Field'
import { dateText } from './WhenPicker'
import './WhenPicker.scss'

const isH5 = process.env.TARO_ENV === 'h5'

/**
 * A calendar day (2026-03-07) in one large box that opens the phone's own date
 * picker: the mini-program's in WeChat, the browser's in H5. `label` names it
 * for screen readers.
 */
export default function DayPicker(props: { label: string; hint?: string; value: string; error?: string; onChange: (day: string) => void }) {
  const { label, hint, value, error, onChange } = props
  const cls = `ct-when ${error ? 'ct-when--error' : ''}`
  return (
    <Field label={label} hint={hint} error={error}>
      <View className={cls}>
        {isH5 ? (
          <input className='ct-when__part ct-when__input' type='date' value={value} aria-label={label} onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)} />
        ) : (
          <Picker mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
            <View className='ct-when__part' role='button' aria-label={`${label}：${dateText(value)}，点按修改`}>
              <Text>{dateText(value)}</Text>
            </View>
          </Picker>
        )}
      </View>
    </Field>
  )
}
