import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { SignState } from '../hooks/useConventionDetail'
import type { Pledge } from '../api/types'

const DEFAULT_REASON = '这份公约暂时不能由您签署'

/** A reason that speaks of binding a household is answered with the way to bind one. */
export function needsBinding(reason: string | undefined): boolean {
  return !!reason && reason.includes('绑定')
}

/**
 * The bottom of the detail page: one large civic-red button, or the signed
 * state, or — when the server says this person cannot sign here — its reason
 * (and the way to bind a household when that is what is missing).
 */
export default function SignBar(props: {
  state: SignState
  myPledge: Pledge | null
  currentVersion: number
  canSign: boolean
  cannotSignReason?: string
  busy: boolean
  onSign: () => void
  onCertificate: () => void
  onBind: () => void
}) {
  const { state, myPledge, currentVersion, canSign, cannotSignReason, busy, onSign, onCertificate, onBind } = props
  if (state === 'signed' && myPledge) {
    return (
      <View className='cv-signbar'>
        <View className='cv-signbar__done'>
          <Text className='cv-signbar__done-text'>已签署</Text>
          <Text className='cv-signbar__done-no'>{`签署编号 ${myPledge.signerNo}`}</Text>
        </View>
        <Button className='ct-btn cv-signbar__btn' type='primary' fill='outline' onClick={onCertificate}>
          查看签署证书
        </Button>
      </View>
    )
  }
  if (!canSign) {
    const reason = cannotSignReason || DEFAULT_REASON
    return (
      <View className='cv-signbar' role='status'>
        <Text className='cv-signbar__reason'>{reason}</Text>
        {needsBinding(reason) ? (
          <Button className='ct-btn cv-signbar__btn' type='primary' size='large' onClick={onBind}>
            去绑定住户
          </Button>
        ) : null}
      </View>
    )
  }
  return (
    <View className='cv-signbar'>
      {state === 'resign' ? (
        <Text className='cv-signbar__hint'>{`公约已更新到第 ${currentVersion} 版，请阅读后重新签署`}</Text>
      ) : (
        <Text className='cv-signbar__hint'>读完以上内容，愿意遵守就请签署</Text>
      )}
      <Button className='ct-btn cv-signbar__btn cv-signbar__sign' type='primary' size='large' loading={busy} onClick={onSign}>
        {state === 'resign' ? '签署新版本' : '签署公约'}
      </Button>
    </View>
  )
}
