import { Image, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import './QrCode.scss'

/**
 * A QR code of `text`, drawn by qrcode-generator (pure JavaScript) as a GIF
 * data URL, which an Image shows both in H5 and in WeChat. Error correction M:
 * a phone screen with glare still scans.
 */
export function qrDataUrl(text: string, cellSize = 8, margin = 4): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(cellSize, margin)
}

export default function QrCode({ text, label }: { text: string; label: string }) {
  const src = useMemo(() => qrDataUrl(text), [text])
  // the picture is named on its frame: Taro's H5 image draws an <img> without alt inside its own element
  return (
    <View className='ct-qr' role='img' aria-label={label}>
      <Image className='ct-qr__img' src={src} mode='scaleToFill' aria-hidden='true' />
    </View>
  )
}
