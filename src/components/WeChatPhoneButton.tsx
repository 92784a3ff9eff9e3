import { Button as WxButton, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { phoneFromWeChat } from '../lib/api/identity'
import { apiMode, CloudError } from '../lib/cloud'
import './PrivacySheet.scss'

/**
 * WeChat's phone-number button (in the mini-program on WeChat's cloud): the
 * person picks the number WeChat knows, the server exchanges the one-time code
 * for it. Typing the number by hand stays beside it; elsewhere only that.
 */
export default function WeChatPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (process.env.TARO_ENV === 'h5' || apiMode() !== 'cloud') return null
  return (
    <View className='ct-mt-xs'>
      <WxButton
        className='ct-wxphone'
        openType='getPhoneNumber'
        disabled={busy}
        onGetPhoneNumber={(e) => {
          const code = (e as unknown as { detail?: { code?: string } }).detail?.code
          if (!code) return // declined: the typed number stays
          setBusy(true)
          setError('')
          phoneFromWeChat(code)
            .then((r) => onPhone(r.phone))
            .catch((err) => setError(err instanceof CloudError ? err.message : '没有拿到手机号，请手动填写'))
            .finally(() => setBusy(false))
        }}
      >
        {busy ? '正在获取…' : '用微信绑定的手机号'}
      </WxButton>
      {error ? <Text className='ct-field-error'>{error}</Text> : null}
    </View>
  )
}
