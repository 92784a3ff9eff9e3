import { View } from '@tarojs/components'
import Field from './Field'
import { PickerBox, dateText } from './WhenPicker'
import './WhenPicker.scss'

/** 2016-09 → 2016年9月 */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return y && m ? `${y}年${m}月` : '选择年月'
}

/**
 * A calendar day (2026-03-07), or with `month` a year and month (2016-09), in
 * one large box that shows 2026年3月7日 and opens the phone's own picker (see
 * PickerBox). `label` names it for screen readers; `start` is the earliest day.
 */
export default function DayPicker(props: { label: string; hint?: string; value: string; error?: string; month?: boolean; start?: string; onChange: (day: string) => void }) {
  const { label, hint, value, error, month, start, onChange } = props
  return (
    <Field label={label} hint={hint} error={error}>
      <View className={`ct-when ${error ? 'ct-when--error' : ''}`}>
        <PickerBox kind={month ? 'month' : 'date'} value={value} shown={month ? monthText(value) : dateText(value)} label={label} start={start} onChange={onChange} />
      </View>
    </Field>
  )
}
