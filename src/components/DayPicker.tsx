import { Picker, Text, View } from '@tarojs/components'
import Field from './Field'
import { dateText } from './WhenPicker'
import './WhenPicker.scss'

const isH5 = process.env.TARO_ENV === 'h5'

/** 2016-09 → 2016年9月 */
function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return y && m ? `${y}年${m}月` : '选择年月'
}

/**
 * A calendar day (2026-03-07), or with `month` a year and month (2016-09), in
 * one large box that opens the phone's own picker: the mini-program's in
 * WeChat, the browser's in H5. `label` names it for screen readers.
 */
export default function DayPicker(props: { label: string; hint?: string; value: string; error?: string; month?: boolean; onChange: (day: string) => void }) {
  const { label, hint, value, error, month, onChange } = props
  const cls = `ct-when ${error ? 'ct-when--error' : ''}`
  const shown = month ? monthText(value) : dateText(value)
  return (
    <Field label={label} hint={hint} error={error}>
      <View className={cls}>
        {isH5 ? (
          <input className='ct-when__part ct-when__input' type={month ? 'month' : 'date'} value={value} aria-label={label} onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value)} />
        ) : (
          <Picker mode='date' fields={month ? 'month' : 'day'} value={value} onChange={(e) => onChange(String(e.detail.value))}>
            <View className='ct-when__part' role='button' aria-label={`${label}：${shown}，点按修改`}>
              <Text>{shown}</Text>
            </View>
          </Picker>
        )}
      </View>
    </Field>
  )
}
