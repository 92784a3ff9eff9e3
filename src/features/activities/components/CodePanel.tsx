import { Text, View } from '@tarojs/components'
import { ErrorState, LoadingRows } from '../../../components/RemoteView'
import type { ManageModel } from '../hooks/useManage'
import { spacedDigits } from '../hooks/rules'
import QrCode from '../../../components/QrCode'

/** 签到码: the QR code and its 6 digits, new every 30 seconds, big enough to scan or read across a table. */
export default function CodePanel({ m }: { m: ManageModel }) {
  const { code, error, secondsLeft, retry } = m.code
  if (!code) {
    if (error) return <ErrorState message={error.message} onRetry={retry} />
    return <LoadingRows rows={1} label='正在生成签到码…' />
  }
  const arrived = m.roster.data?.confirmed.filter((r) => r.checkedInAt).length ?? 0
  const total = m.roster.data?.confirmed.length ?? 0
  return (
    <View className='ct-card ac-code'>
      <Text className='ct-muted ct-block'>请参加者用微信扫码，或输入下面的6位数字</Text>
      <QrCode text={code.token} label='签到二维码' />
      <Text className='ac-code__digits' aria-label={`签到数字 ${code.digits.split('').join(' ')}`}>
        {spacedDigits(code.digits)}
      </Text>
      <Text className='ct-muted ct-block' aria-live='polite'>
        {secondsLeft > 0 ? `${secondsLeft}秒后自动换新码，旧码还能用30秒` : '正在换新码…'}
      </Text>
      {error ? <Text className='ct-field-error'>{`网络不太好，正在重试：${error.message}`}</Text> : null}
      <Text className='ct-text ct-block ct-mt'>{`已签到 ${arrived}/${total} 人`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>签到码打开时屏幕保持常亮。签到和签退用同一个码。</Text>
    </View>
  )
}
