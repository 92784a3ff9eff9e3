/**
 * 保存为图片: a certificate drawn (lib/certificate) on a Canvas 2D and handed to
 * the person. In WeChat: the page's hidden <Canvas type="2d"> (CertificateActions
 * renders it), canvasToTempFilePath, then saveImageToPhotosAlbum — WeChat asks
 * its privacy question through the app's PrivacySheet (lib/privacy-authorization)
 * and then 添加到相册 itself; when the person once said no, they are told
 * where to turn it on (openSetting). In H5: a <canvas> turned into a PNG and
 * downloaded through an <a download>.
 */
import Taro from '@tarojs/taro'
import { CERT_HEIGHT, CERT_SCALE, CERT_WIDTH, certificateFileName, drawCertificate, type CertificateCanvas, type CertificateImage } from './certificate'

export const CERT_CANVAS_ID = 'ct-cert-canvas'

export type ImageSaved = 'downloaded' | 'saved' | 'cancelled' | 'refused'

export const ALBUM_REFUSED = {
  title: '需要您允许保存到相册',
  content: '您之前没有允许保存图片到手机相册。点“去设置”，打开“添加到相册”，再点一次“保存为图片”。',
}

export const PRIVACY_REFUSED = '您没有同意隐私保护指引，图片没有保存。想保存时再点一次，同意后就能保存。'

function errText(e: unknown): string {
  if (e && typeof e === 'object' && 'errMsg' in e) return String((e as { errMsg: unknown }).errMsg)
  return e instanceof Error ? e.message : String(e)
}

function drawOn(canvas: { width: number; height: number; getContext(kind: '2d'): unknown }, c: CertificateImage) {
  canvas.width = CERT_WIDTH * CERT_SCALE
  canvas.height = CERT_HEIGHT * CERT_SCALE
  const ctx = canvas.getContext('2d') as (CertificateCanvas & { scale(x: number, y: number): void }) | null
  if (!ctx) throw new Error('canvas 2d unavailable')
  ctx.scale(CERT_SCALE, CERT_SCALE)
  drawCertificate(ctx, c)
}

async function downloadInBrowser(c: CertificateImage): Promise<ImageSaved> {
  const canvas = document.createElement('canvas')
  drawOn(canvas, c)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas export failed')
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = certificateFileName(c)
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return 'downloaded'
}

function canvasNode(): Promise<{ width: number; height: number; getContext(kind: '2d'): unknown }> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${CERT_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: { width: number; height: number; getContext(kind: '2d'): unknown } } | null>) => {
        const node = res?.[0]?.node
        if (node) resolve(node)
        else reject(new Error('certificate canvas not found'))
      })
  })
}

async function saveInWeChat(c: CertificateImage): Promise<ImageSaved> {
  const canvas = await canvasNode()
  drawOn(canvas, c)
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' })
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch (e) {
    const msg = errText(e)
    if (/cancel/i.test(msg)) return 'cancelled'
    if (/privacy/i.test(msg)) {
      Taro.showToast({ title: PRIVACY_REFUSED, icon: 'none', duration: 3000 }).catch(() => undefined)
      return 'refused'
    }
    if (/auth|authorize/i.test(msg)) {
      const answer = await Taro.showModal({ ...ALBUM_REFUSED, confirmText: '去设置', cancelText: '先不保存', confirmColor: '#C8161D' }).catch(() => ({ confirm: false }))
      if (answer.confirm) await Taro.openSetting().catch(() => undefined)
      return 'refused'
    }
    throw e
  }
}

/** Draws the certificate and saves it: to the phone's album in WeChat, as a PNG download in H5. */
export function saveCertificateImage(c: CertificateImage): Promise<ImageSaved> {
  return process.env.TARO_ENV === 'h5' ? downloadInBrowser(c) : saveInWeChat(c)
}
