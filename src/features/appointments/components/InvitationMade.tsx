import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import QrCode from '../../../components/QrCode'
import Button from '../../../components/nut/button'
import { toastOk } from '../../../lib/feedback'
import { formatDateTime, spacedCode } from '../words'
import type { InvitationView } from '../api/types'

const isWeapp = process.env.TARO_ENV === 'weapp'

/** The invitation to hand over: the card to send in WeChat, the code to read out, the QR to scan in the app. */
export default function InvitationMade({ inv, onAgain, onList }: { inv: InvitationView; onAgain: () => void; onList: () => void }) {
  const copy = () =>
    Taro.setClipboardData({ data: `邀请您担任${inv.scopeName}${inv.roleLabel}。打开“文明共建”小程序，在“我的 → 输入邀请码”输入 ${inv.code}（${formatDateTime(inv.expiresAt)}前有效）。` })
      .then(() => toastOk('已复制'))
      .catch(() => undefined)
  return (
    <View className='ct-card ap-made' role='status'>
      <Text className='ct-title ct-block'>{`邀请已生成：${inv.scopeName} ${inv.roleLabel}`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>把邀请卡片发给TA，或把邀请码告诉TA。第一个接受的人就任，之后邀请作废。</Text>
      {inv.homeLabel ? <Text className='ct-text ct-block ct-mt-xs'>{`TA接受后，同时绑定 ${inv.homeLabel}`}</Text> : null}
      <Text className='ap-made__code' aria-label={`邀请码 ${inv.code.split('').join(' ')}`}>
        {spacedCode(inv.code)}
      </Text>
      <Text className='ct-muted ct-block'>{`${formatDateTime(inv.expiresAt)} 前有效`}</Text>
      {isWeapp ? (
        <Button className='ct-btn ct-mt' type='primary' size='large' openType='share'>
          发给TA（微信卡片）
        </Button>
      ) : null}
      <Button className='ct-btn ct-mt' type={isWeapp ? 'default' : 'primary'} onClick={() => void copy()}>
        复制邀请码和说明
      </Button>
      <Text className='ct-muted ct-block ct-mt'>当面邀请：请TA在小程序“我的 → 输入邀请码”里扫这个二维码。</Text>
      <QrCode text={inv.path} label={`邀请二维码：${inv.scopeName}${inv.roleLabel}`} />
      <View className='ct-links'>
        <View className='ct-link' role='button' onClick={onAgain}>
          再邀请一位
        </View>
        <View className='ct-link' role='link' onClick={onList}>
          查看职务与邀请
        </View>
      </View>
    </View>
  )
}
