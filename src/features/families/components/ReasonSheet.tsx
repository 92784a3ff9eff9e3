import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import TextArea from '../../../components/nut/textarea'
import Sheet from './Sheet'

/** A step that needs a reason the other side will read (不予受理, 退回): quick picks or free text, at least 2 characters. */
export default function ReasonSheet(props: {
  title: string
  hint: string
  quick: string[]
  placeholder: string
  confirmText: string
  max?: number
  busy: boolean
  error?: string
  onConfirm: (reason: string) => void
  onCancel: () => void
}) {
  const { title, hint, quick, placeholder, confirmText, max = 200, busy, error, onConfirm, onCancel } = props
  const [reason, setReason] = useState('')
  const [local, setLocal] = useState('')
  return (
    <Sheet
      title={title}
      hint={hint}
      confirmText={confirmText}
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={() => {
        const r = reason.trim()
        if (r.length < 2) {
          setLocal('请写明原因，至少 2 个字')
          return
        }
        onConfirm(r)
      }}
    >
      <View className='fm-quick'>
        {quick.map((q) => (
          <View
            key={q}
            className='fm-quick__chip'
            role='button'
            onClick={() => {
              setReason(q)
              setLocal('')
            }}
          >
            {q}
          </View>
        ))}
      </View>
      <View className={`ct-box fm-reason ${local ? 'ct-box--error' : ''}`}>
        <TextArea
          value={reason}
          placeholder={placeholder}
          maxLength={max}
          showCount
          aria-label='原因'
          onChange={(v: string) => {
            setReason(v)
            if (v.trim().length >= 2) setLocal('')
          }}
        />
      </View>
      {local ? <Text className='ct-field-error'>{local}</Text> : null}
    </Sheet>
  )
}
