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

/** 09:30 → 09:30 (a 24-hour clock, as Chinese phones show it) */
export function timeText(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? time : '选择时间'
}

/** 2026-03-07 09:30 in Beijing → 2026-03-07T09:30:00+08:00 (what the server's instant fields take). */
export function whenIso(w: When): string {
  return `${w.date}T${w.time}:00+08:00`
}

type NativeKind = 'date' | 'time' | 'month'

/**
 * One box of a picker. It always shows our Chinese text (2026年3月7日, 09:30).
 * In WeChat a tap opens the mini-program's picker. In H5 the browser's own
 * date or time field lies invisibly over the box: a tap opens the phone's
 * wheels (or the desktop calendar), but the browser's format
 * (12/12/2026, 11:59 PM) is never what people read.
 */
export function PickerBox(props: { kind: NativeKind; value: string; shown: string; label: string; start?: string; onChange: (v: string) => void }) {
  const { kind, value, shown, label, start, onChange } = props
  if (isH5) {
    return (
      <View className='ct-when__part ct-when__h5'>
        <Text aria-hidden='true'>{shown}</Text>
        <input
          className='ct-when__native'
          type={kind}
          value={value}
          min={start}
          aria-label={label}
          onClick={(e) => {
            // desktop browsers open their calendar only from the little icon; open it from anywhere on the box
            const input = e.currentTarget as HTMLInputElement & { showPicker?: () => void }
            try {
              input.showPicker?.()
            } catch {
              /* not allowed here (e.g. inside a frame): the field still takes typing */
            }
          }}
          onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)}
        />
      </View>
    )
  }
  const box = (
    <View className='ct-when__part' role='button' aria-label={`${label}：${shown}，点按修改`}>
      <Text>{shown}</Text>
    </View>
  )
  return kind === 'time' ? (
    <Picker mode='time' value={value} onChange={(e) => onChange(String(e.detail.value))}>
      {box}
    </Picker>
  ) : (
    <Picker mode='date' fields={kind === 'month' ? 'month' : 'day'} value={value} start={start} onChange={(e) => onChange(String(e.detail.value))}>
      {box}
    </Picker>
  )
}

/**
 * A date and a time, each a large box showing 2026年3月7日 and 23:59 that
 * opens the phone's own picker (PickerBox). `label` names the boxes for
 * screen readers: 开始时间（日期）, 开始时间（几点）.
 */
export default function WhenPicker(props: { label: string; hint?: string; value: When; error?: string; start?: string; onChange: (w: When) => void }) {
  const { label, hint, value, error, start, onChange } = props
  return (
    <Field label={label} hint={hint} error={error}>
      <View className={`ct-when ${error ? 'ct-when--error' : ''}`}>
        <PickerBox kind='date' value={value.date} shown={dateText(value.date)} label={`${label}（日期）`} start={start} onChange={(date) => onChange({ ...value, date })} />
        <PickerBox kind='time' value={value.time} shown={timeText(value.time)} label={`${label}（几点）`} onChange={(time) => onChange({ ...value, time })} />
      </View>
    </Field>
  )
}
