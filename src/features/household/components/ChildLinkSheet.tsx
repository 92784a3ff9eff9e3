import { Text, View } from '@tarojs/components'
import QrCode from '../../../components/QrCode'
import FieldError from '../../../components/FieldError'
import { LoadingRows } from '../../../components/RemoteView'
import Button from '../../../components/nut/button'
import type { ChildLinkCode } from '../api/childLink'

const isWeapp = process.env.TARO_ENV === 'weapp'

/** 2026-12-06T02:00:00Z → 12月6日 10:00 (Beijing time, what the parent's clock says). */
export function beijingTime(at: string): string {
  const d = new Date(new Date(at).getTime() + 8 * 3_600_000)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}

/**
 * 让孩子用自己的微信: the one-time code as a QR, six digits and a 转发 card,
 * with what to do, in a parent's words.
 */
export default function ChildLinkSheet(props: { childName: string; link: ChildLinkCode | null; busy: boolean; error: string; onAgain: () => void; onClose: () => void }) {
  const { childName, link, busy, error, onAgain, onClose } = props
  return (
    <View className='ct-mask' catchMove>
      <View className='ct-sheet' role='dialog' aria-label={`让${childName}用自己的微信`} aria-modal='true'>
        <Text className='ct-title ct-block'>{`让${childName}用自己的微信`}</Text>
        <Text className='ct-text ct-block ct-mt-xs'>{`${childName}有自己的手机和微信时，可以不用再借您的手机。用${childName}的手机微信扫下面的二维码，或者打开文明共建输入6位数字，${childName}的微信就会变成这个孩子账号。`}</Text>
        {link ? (
          <View>
            <QrCode text={link.path} label={`给${childName}扫的二维码`} />
            <View className='hh-link-code' role='group' aria-label={`6位数字 ${link.code.split('').join(' ')}`}>
              <Text className='hh-link-code__value'>{link.code}</Text>
            </View>
            <Text className='ct-muted ct-block'>{`${beijingTime(link.expiresAt)}前有效，只能用一次。再生成一个，这个就不能用了。`}</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>请用孩子自己的、还没打开过文明共建的微信。连上后，孩子做的事和在您手机上的“孩子模式”一样，要公开都要您同意。</Text>
            {isWeapp ? (
              <Button className='ct-btn ct-mt' type='primary' openType='share'>
                {`转发给${childName}的微信`}
              </Button>
            ) : null}
          </View>
        ) : busy ? (
          <LoadingRows rows={2} label='正在生成…' />
        ) : null}
        <FieldError message={error} />
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' disabled={busy} onClick={onAgain}>
            换一个号码
          </Button>
          <Button className='ct-btn' type='primary' onClick={onClose}>
            完成
          </Button>
        </View>
      </View>
    </View>
  )
}
