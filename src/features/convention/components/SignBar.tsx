import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { SignState } from '../hooks/useConventionDetail'
import type { Pledge } from '../api/types'

/** The bottom of the detail page: one large civic-red button, or the signed state. */
export default function SignBar(props: {
  state: SignState
  myPledge: Pledge | null
  currentVersion: number
  busy: boolean
  onSign: () => void
  onCertificate: () => void
}) {
  const { state, myPledge, currentVersion, busy, onSign, onCertificate } = props
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
