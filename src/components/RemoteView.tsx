/**
 * The three states every list has, in one place:
 *  loading → grey placeholder rows and "正在加载…"
 *  error   → the server's Chinese message and a 重试 button
 *  empty   → what to do next (and optionally a button to do it)
 */
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Button from './nut/button'
import type { Remote } from '../hooks/useRemote'
import './RemoteView.scss'

export function LoadingRows({ rows = 3, label = '正在加载…' }: { rows?: number; label?: string }) {
  return (
    <View className='ct-skeleton' aria-busy='true'>
      <Text className='ct-skeleton__label'>{label}</Text>
      {Array.from({ length: rows }).map((_, i) => (
        <View className='ct-skeleton__card' key={i}>
          <View className='ct-skeleton__bar ct-skeleton__bar--wide' />
          <View className='ct-skeleton__bar' />
        </View>
      ))}
    </View>
  )
}

export function ErrorState({ message, onRetry, title = '没能加载出来' }: { message: string; onRetry?: () => void; title?: string }) {
  return (
    <View className='ct-state ct-state--error' role='alert'>
      <Text className='ct-state__icon'>!</Text>
      <Text className='ct-state__title'>{title}</Text>
      <Text className='ct-state__hint'>{message}</Text>
      {onRetry ? (
        <Button className='ct-state__btn' type='primary' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}

/** Answers that trying again may change (the network, the server, a race); the rest say something that stays true. */
const RETRYABLE = new Set(['NETWORK', 'INTERNAL', 'UNAVAILABLE', 'CONFLICT', 'RATE_LIMITED'])

export interface EmptyProps {
  title: string
  hint?: string
  actionText?: string
  onAction?: () => void
}

export function EmptyState({ title, hint, actionText, onAction }: EmptyProps) {
  return (
    <View className='ct-state ct-state--empty'>
      <Text className='ct-state__title'>{title}</Text>
      {hint ? <Text className='ct-state__hint'>{hint}</Text> : null}
      {actionText && onAction ? (
        <Button className='ct-state__btn' type='primary' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  )
}

export interface RemoteViewProps<T> {
  remote: Remote<T>
  rows?: number
  /** when the data counts as empty (default: an empty array) */
  isEmpty?: (data: T) => boolean
  empty?: EmptyProps
  children: (data: T) => ReactNode
}

export default function RemoteView<T>({ remote, rows, isEmpty, empty, children }: RemoteViewProps<T>) {
  if (remote.status === 'loading' && remote.data === undefined) return <LoadingRows rows={rows} />
  if (remote.status === 'error' || remote.data === undefined) {
    // "重试" only where trying again can help: a refusal or a missing page stays as it is, and says why.
    const retryable = !remote.error || RETRYABLE.has(remote.error.code)
    return retryable ? (
      <ErrorState
        message={remote.error?.message ?? '出了点问题，请稍后重试'}
        onRetry={() => {
          void remote.reload()
        }}
      />
    ) : (
      <ErrorState title='这里打不开' message={remote.error?.message ?? ''} />
    )
  }
  const data = remote.data
  const blank = isEmpty ? isEmpty(data) : Array.isArray(data) && data.length === 0
  if (blank && empty) return <EmptyState {...empty} />
  return <>{children(data)}</>
}
