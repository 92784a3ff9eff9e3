import { Text } from '@tarojs/components'
import { useState, useSyncExternalStore } from 'react'
import { agreeToConsent, declineConsent, pendingConsent, subscribeConsentQuestion } from '../lib/sensitive-consent'
import Sheet from './Sheet'

/** The separate consent the app asks before it collects sensitive data (lib/sensitive-consent), over the page that asked. */
export default function ConsentSheet() {
  const consent = useSyncExternalStore(subscribeConsentQuestion, pendingConsent, pendingConsent)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (!consent) return null
  const agree = async () => {
    setBusy(true)
    setError('')
    try {
      await agreeToConsent()
    } catch (e) {
      setError((e as { message?: string })?.message || '没有保存成功，请再点一次“同意”')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Sheet
      title={`请您同意：${consent.title}`}
      confirmText='同意'
      cancelText='不同意'
      busy={busy}
      error={error}
      onConfirm={() => void agree()}
      onCancel={() => {
        setError('')
        declineConsent()
      }}
    >
      <Text className='ct-text ct-block'>{consent.text}</Text>
    </Sheet>
  )
}
