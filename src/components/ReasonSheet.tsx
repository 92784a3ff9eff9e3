import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import TextArea from './nut/textarea'
import Sheet from './Sheet'
import './ReasonSheet.scss'

/**
 * A step that needs a few words the other side will read (不予受理, 退回,
 * 请修改, 不通过, 作废 with a reason; how a nominee's consent was obtained):
 * quick picks or free text, at least 2 characters.
 */
export default function ReasonSheet(props: {
  title: string
  hint: string
  quick: string[]
  placeholder: string
  confirmText: string
  /** what the words are, for screen readers and the too-short message (default 原因) */
  label?: string
  max?: number
  busy: boolean
  error?: string
  onConfirm: (reason: string) => void
  onCancel: () => void
  /** what else the step asks, above the reason (how many, say) */
  children?: ReactNode
}) {
  const { title, hint, quick, placeholder, confirmText, label = '原因', max = 200, busy, error, onConfirm, onCancel, children } = props
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
          setLocal(`请写明${label}，至少 2 个字`)
          return
        }
        onConfirm(r)
      }}
    >
      {children}
      <View className='ct-quick'>
        {quick.map((q) => (
          <View
            key={q}
            className='ct-quick__chip'
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
      <View className={`ct-box ct-reason ${local ? 'ct-box--error' : ''}`}>
        <TextArea
          value={reason}
          placeholder={placeholder}
          maxLength={max}
          showCount
          aria-label={label}
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
