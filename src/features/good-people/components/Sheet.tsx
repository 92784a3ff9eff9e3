import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Button from '../../../components/nut/button'

/**
 * A form that slides up from the bottom for one step on a nomination (a reason,
 * how consent was given, a title): cancel, or confirm with the step's own words.
 */
export default function Sheet(props: {
  title: string
  hint?: string
  confirmText: string
  busy: boolean
  /** the server's words when the step was refused */
  error?: string
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
}) {
  const { title, hint, confirmText, busy, error, onConfirm, onCancel, children } = props
  return (
    <View className='gp-mask' catchMove>
      <View className='gp-sheet' role='dialog' aria-label={title} aria-modal='true'>
        <Text className='ct-title ct-block'>{title}</Text>
        {hint ? <Text className='ct-muted ct-block ct-mt-xs'>{hint}</Text> : null}
        <View className='gp-sheet__body'>{children}</View>
        {error ? (
          <View role='alert'>
            <Text className='ct-field-error'>{error}</Text>
          </View>
        ) : null}
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' disabled={busy} onClick={onCancel}>
            取消
          </Button>
          <Button className='ct-btn' type='primary' loading={busy} onClick={onConfirm}>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  )
}
