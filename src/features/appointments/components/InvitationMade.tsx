import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import QrCode from '../../../components/QrCode'
import Button from '../../../components/nut/button'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { formatDateTime, spacedCode } from '../words'
import { getMiniProgramCode } from '../api/miniProgramCode'
import type { InvitationView } from '../api/types'

const isWeapp = process.env.TARO_ENV === 'weapp'

/**
 * Face to face: in WeChat, the 小程序码 the server had WeChat draw, which
 * WeChat's own 扫一扫 opens straight into the accept page; while it loads, or
 * if WeChat cannot draw it, and always in the H5 app, a QR of the path, which
 * the app's own scanner (我的 → 输入邀请码 → 扫邀请二维码) reads.
 */
function FaceToFace({ inv, inWeChat }: { inv: InvitationView; inWeChat: boolean }) {
  const code = useRemote(() => (inWeChat ? getMiniProgramCode(inv.id).then((r) => r.image) : Promise.resolve(null)), [inv.id, inWeChat])
  const label = `邀请小程序码：${inv.scopeName}${inv.roleLabel}`
  if (inWeChat && code.data) {
    return (
      <View>
        <Text className='ct-muted ct-block ct-mt'>当面邀请：请TA用微信“扫一扫”扫这个小程序码，就能打开邀请。</Text>
        <View className='ct-qr' role='img' aria-label={label}>
          <Image className='ct-qr__img' src={code.data} mode='aspectFit' aria-hidden='true' />
        </View>
      </View>
    )
  }
  if (inWeChat && code.status === 'loading') return <Text className='ct-muted ct-block ct-mt'>正在生成小程序码…</Text>
  return (
    <View>
      <Text className='ct-muted ct-block ct-mt'>当面邀请：请TA在小程序“我的 → 输入邀请码”里扫这个二维码。</Text>
      <QrCode text={inv.path} label={`邀请二维码：${inv.scopeName}${inv.roleLabel}`} />
    </View>
  )
}

/** The invitation to hand over: the card to send in WeChat, the code to read out, the 小程序码 (WeChat) or QR (H5) to scan. */
export default function InvitationMade({ inv, onAgain, onList, inWeChat = isWeapp }: { inv: InvitationView; onAgain: () => void; onList: () => void; inWeChat?: boolean }) {
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
      <FaceToFace inv={inv} inWeChat={inWeChat} />
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
