import { Picker, Text, View } from '@tarojs/components'
import Field from './Field'
import './WhenPicker.scss'

/** A Beijing wall-clock date and time, as the pickers give them: 2026-03-07 and 09:30. */
export interface When {
  date: string
  time: string
}

const isH5 = process.env.TARO_ENV === 'h5'

/** 2026-03-07 → 2026年3月7日 */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return y && m && d ? `${y}年${m}月${d}日` : '选择日期'
}

/** 2026-03-07 09:30 in Beijing → 2026-03-07T09:30:00+08:00 (what the server's instant fields take). */
export function whenIso(w: When): string {
  return `${w.date}T${w.time}:00+08:00`
}

/**
 * A date and a time, each a large box that opens the phone's own picker: in
 * WeChat the mini-program's picker, in H5 the browser's date and time inputs
 * (the phone shows its own wheels). `label` names the boxes for screen readers.
 */
export default function WhenPicker(props: { label: string; hint?: string; value: When; error?: string; onChange: (w: When) => void }) {
  const { label, hint, value, error, onChange } = props
  const cls = `ct-when ${error ? 'ct-when--error' : ''}`
  if (isH5) {
    return (
      <Field label={label} hint={hint} error={error}>
        <View className={cls}>
          <input
            className='ct-when__part ct-when__input'
            type='date'
            value={value.date}
            aria-label={`${label}（日期）`}
            onChange={(e) => e.currentTarget.value && onChange({ ...value, date: e.currentTarget.value })}
          />
          <input
            className='ct-when__part ct-when__input'
            type='time'
            value={value.time}
            aria-label={`${label}（几点）`}
            onChange={(e) => e.currentTarget.value && onChange({ ...value, time: e.currentTarget.value })}
          />
        </View>
      </Field>
    )
  }
  return (
    <Field label={label} hint={hint} error={error}>
      <View className={cls}>
        <Picker mode='date' value={value.date} onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}>
          <View className='ct-when__part' role='button' aria-label={`${label}（日期）：${dateText(value.date)}，点按修改`}>
            <Text>{dateText(value.date)}</Text>
          </View>
        </Picker>
        <Picker mode='time' value={value.time} onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}>
          <View className='ct-when__part' role='button' aria-label={`${label}（几点）：${value.time}，点按修改`}>
            <Text>{value.time}</Text>
          </View>
        </Picker>
      </View>
    </Field>
  )
}
