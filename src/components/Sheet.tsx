import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Button from './nut/button'
import FieldError from './FieldError'
import './Sheet.scss'

/**
 * A form that slides up from the bottom for one step that needs more than a
 * tap (a reason, a department, photos, how consent was given, a title):
 * cancel, or confirm with the step's own words.
 */
export default function Sheet(props: {
  title: string
  hint?: string
  confirmText: string
  /** 取消 unless said otherwise */
  cancelText?: string
  busy: boolean
  /** the server's words when the step was refused */
  error?: string
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
  /** below the buttons: things saved on their own, apart from this form */
  after?: ReactNode
}) {
  const { title, hint, confirmText, cancelText = '取消', busy, error, onConfirm, onCancel, children, after } = props
  return (
    <View className='ct-mask' catchMove>
      <View className='ct-sheet' role='dialog' aria-label={title} aria-modal='true'>
        <Text className='ct-title ct-block'>{title}</Text>
        {hint ? <Text className='ct-muted ct-block ct-mt-xs'>{hint}</Text> : null}
        <View className='ct-sheet__body'>{children}</View>
        <FieldError message={error} />
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' disabled={busy} onClick={onCancel}>
            {cancelText}
          </Button>
          <Button className='ct-btn' type='primary' loading={busy} onClick={onConfirm}>
            {confirmText}
          </Button>
        </View>
        {after}
      </View>
    </View>
  )
}
