import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Input from '../../../components/nut/input'
import { beijing } from '../../../lib/time'
import { TITLE_MAX, TITLE_MIN, charCount, defaultTitle } from '../hooks/rules'
import Field from '../../../components/Field'
import Sheet from '../../../components/Sheet'

/** Checked before sending, with the server's bounds: a year 2000–2100 and a title of 4–30 characters. */
export function validateAward(yearText: string, title: string): Record<string, string> {
  const e: Record<string, string> = {}
  const year = Number(yearText.trim())
  if (!/^\d{4}$/.test(yearText.trim()) || year < 2000 || year > 2100) e.year = '请填写年份，例如 2026'
  const n = charCount(title)
  if (n < TITLE_MIN) e.title = `称号至少${TITLE_MIN}个字`
  else if (n > TITLE_MAX) e.title = `称号请不要超过${TITLE_MAX}个字`
  return e
}

/**
 * 授予称号 (the command centre): the year and the title, which starts as
 * "2026年度青禾好人" and follows the year until the admin writes their own.
 */
export default function AwardSheet(props: {
  name: string
  busy: boolean
  error?: string
  fieldErrors: Record<string, string>
  onConfirm: (year: number, title: string) => void
  onCancel: () => void
}) {
  const { name, busy, error, fieldErrors, onConfirm, onCancel } = props
  const thisYear = beijing(Date.now()).year()
  const [year, setYear] = useState(String(thisYear))
  const [title, setTitle] = useState(defaultTitle(thisYear))
  const [ownTitle, setOwnTitle] = useState(false)
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors, ...local }

  return (
    <Sheet
      title='授予称号'
      hint={`授予${name}称号后，会显示在事迹和好人榜上，推荐人也会收到通知。`}
      confirmText='确认授予'
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={() => {
        const e = validateAward(year, title)
        setLocal(e)
        if (Object.keys(e).length) return
        onConfirm(Number(year.trim()), title.trim())
      }}
    >
      <Field label='年度' error={errors.year}>
        <View className={`ct-box ${errors.year ? 'ct-box--error' : ''}`}>
          <Input
            type='number'
            value={year}
            maxLength={4}
            placeholder='例如：2026'
            aria-label='年度'
            onChange={(v: string) => {
              setYear(v)
              setLocal({})
              if (!ownTitle && /^\d{4}$/.test(v.trim())) setTitle(defaultTitle(Number(v.trim())))
            }}
          />
        </View>
      </Field>
      <Field label='称号' error={errors.title}>
        <View className={`ct-box ${errors.title ? 'ct-box--error' : ''}`}>
          <Input
            value={title}
            maxLength={TITLE_MAX}
            placeholder='例如：年度“身边好人”'
            aria-label='称号'
            onChange={(v: string) => {
              setTitle(v)
              setOwnTitle(true)
              setLocal({})
            }}
          />
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>同一年同一个称号只能授予一次。</Text>
      </Field>
    </Sheet>
  )
}
