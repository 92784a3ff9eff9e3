import { Button as TaroButton, Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import Button from './nut/button'
import type { CertificateImage } from '../lib/certificate'
import { CERT_CANVAS_ID, saveCertificateImage } from '../lib/certificate-image'
import './Certificate.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'
const isH5 = process.env.TARO_ENV === 'h5'

export const SAVED_TEXT = { saved: '已保存到手机相册', downloaded: '证书图片已下载' } as const
export const SAVE_FAILED = '图片没能保存，请稍后再试'

function print() {
  if (typeof window !== 'undefined' && typeof window.print === 'function') window.print()
}

/**
 * Under every certificate: 保存为图片 (the drawn picture: the phone's album in
 * WeChat, a PNG download in H5), 分享给朋友 in WeChat (the page's useShare card)
 * or 打印 in H5, then the page's own way on. The mini-program's drawing canvas
 * lives here, out of sight.
 */
export default function CertificateActions({ image, share, printText, children }: { image?: CertificateImage; share: boolean; printText: string; children?: ReactNode }) {
  const [saving, setSaving] = useState(false)
  const save = async () => {
    if (!image || saving) return
    setSaving(true)
    try {
      const done = await saveCertificateImage(image)
      if (done === 'saved' || done === 'downloaded') Taro.showToast({ title: SAVED_TEXT[done], icon: 'success', duration: 1800 }).catch(() => undefined)
    } catch {
      Taro.showToast({ title: SAVE_FAILED, icon: 'none', duration: 2600 }).catch(() => undefined)
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className='ct-cert-actions'>
      {image ? (
        <Button className='ct-btn' type='primary' loading={saving} onClick={() => void save()}>
          保存为图片
        </Button>
      ) : null}
      {isWeapp && share ? (
        <TaroButton className='nut-button nut-button-default nut-button-default-outline ct-btn' openType='share'>
          分享给朋友
        </TaroButton>
      ) : null}
      {isH5 ? (
        <Button className='ct-btn' type='default' onClick={print}>
          {printText}
        </Button>
      ) : null}
      {children}
      {isWeapp && image ? <Canvas type='2d' id={CERT_CANVAS_ID} className='ct-cert-canvas' /> : null}
    </View>
  )
}
