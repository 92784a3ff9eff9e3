import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import FieldError from '../../../components/FieldError'
import type { CheckModel } from '../hooks/useCheck'
import { CODE_DIGITS, NEARBY_M } from '../hooks/rules'

/**
 * 签到 or 签退: scan the organiser's QR code (WeChat), or type the 6 digits
 * shown under it. The server's answer stays on screen when it refuses.
 */
export default function CheckPanel(props: { c: CheckModel; direction: 'in' | 'out'; requireNearby: boolean }) {
  const { c, direction, requireNearby } = props
  const verb = direction === 'in' ? '签到' : '签退'
  return (
    <View className='ac-check'>
      {c.canScan ? (
        <>
          <Button className='ct-btn' type='primary' size='large' loading={c.busy} onClick={() => void c.scan(direction)}>
            {`扫码${verb}`}
          </Button>
          <Text className='ct-muted ct-block ct-mt'>{`扫不了码？输入组织者手机上二维码下面的${CODE_DIGITS}位数字：`}</Text>
        </>
      ) : (
        <Text className='ct-muted ct-block'>{`请输入组织者手机上签到码的${CODE_DIGITS}位数字：`}</Text>
      )}
      <View className='ac-check__row ct-mt-xs'>
        <View className={`ct-box ac-check__box ${c.error ? 'ct-box--error' : ''}`}>
          <Input
            type='number'
            value={c.digits}
            maxLength={CODE_DIGITS}
            placeholder={`${CODE_DIGITS}位数字`}
            aria-label={`${verb}码，${CODE_DIGITS}位数字`}
            onChange={(v: string) => c.setDigits(v)}
          />
        </View>
        <Button className='ac-check__go' type={c.canScan ? 'default' : 'primary'} loading={c.busy} onClick={() => void c.submit(direction)}>
          {verb}
        </Button>
      </View>
      {requireNearby ? <Text className='ct-muted ct-block ct-mt-xs'>{`这场活动要在现场${NEARBY_M}米内${verb}，会用到您的位置。`}</Text> : null}
      <FieldError message={c.error} />
    </View>
  )
}
