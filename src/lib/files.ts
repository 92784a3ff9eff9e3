/**
 * Photos: pick, shrink, upload, show.
 *
 *   choosePhotos(max)  → picked photos (camera or album), at most `max`
 *   uploadPhoto(p)     → shrink to ≤1280 px on the long side (JPEG ~80%), send as
 *                        base64 to files.upload, and return the ref the server gave
 *   photoUrl(ref)      → what an <Image src> shows for a ref
 *
 * In H5 the shrinking redraws the picture on a canvas, which also drops its
 * EXIF data (the phone's GPS position among it). The upload goes through
 * call() like any action, in cloud and in http mode alike.
 */
import Taro from '@tarojs/taro'
import type { UploadResult } from '../../server/modules/files/contracts'
import { apiBase, call, CloudError } from './cloud'

/** A photo picked on the phone: a temp path (weapp) or a blob URL (H5), and in H5 the file itself. */
export interface PickedPhoto {
  path: string
  file?: Blob
}

const LONG_SIDE = 1280
const QUALITY = 0.8
/** files.upload refuses more than 2 MB; stay under it with room for base64. */
const MAX_BASE64_CHARS = Math.floor((2 * 1024 * 1024 * 4) / 3) - 1024
const isH5 = process.env.TARO_ENV === 'h5'

export const PHOTO_TOO_BIG = '照片太大了，请换一张或重新拍摄'
const PHOTO_UNREADABLE = '这张照片读不出来，请换一张'

/** Camera or album, compressed by the platform where it can. Cancelling resolves to []. */
export async function choosePhotos(max: number): Promise<PickedPhoto[]> {
  if (max <= 0) return []
  try {
    const res = await Taro.chooseImage({ count: Math.min(max, 9), sizeType: ['compressed'], sourceType: ['camera', 'album'] })
    const files = (res.tempFiles ?? []) as { path: string; originalFileObj?: Blob }[]
    if (files.length) return files.slice(0, max).map((f) => ({ path: f.path, file: f.originalFileObj }))
    return (res.tempFilePaths ?? []).slice(0, max).map((path) => ({ path }))
  } catch {
    return [] // cancelled
  }
}

/** H5: files from an <input type=file>, as picked photos. */
export function pickedFromFiles(files: ArrayLike<File>, max: number): PickedPhoto[] {
  return Array.from(files)
    .filter((f) => !f.type || f.type.startsWith('image/'))
    .slice(0, Math.max(0, max))
    .map((file) => ({ path: typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '', file }))
}

/** Shrink, upload, and return the server's ref (throws CloudError with a Chinese message). */
export async function uploadPhoto(photo: PickedPhoto): Promise<string> {
  const data = isH5 ? await base64InBrowser(photo) : await base64InWeapp(photo.path)
  if (data.length > MAX_BASE64_CHARS) throw new CloudError('VALIDATION', PHOTO_TOO_BIG)
  const res = await call<UploadResult>('files', 'upload', { data })
  return res.ref
}

/** A cloud fileID is shown as it is; a local server's `/files/…` path is served under API_BASE. */
export function photoUrl(ref: string): string {
  if (!ref) return ''
  if (/^(cloud|https?|blob|data|wxfile):/.test(ref)) return ref
  return `${apiBase()}${ref.startsWith('/') ? '' : '/'}${ref}`
}

// ---------- weapp ----------

/** A file on the phone (a temp path) as base64; `unreadable` is the error the person reads when it cannot be read. */
export function readPhoneFile(path: string, unreadable: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: () => reject(new CloudError('VALIDATION', unreadable)),
    })
  })
}

async function base64InWeapp(path: string): Promise<string> {
  let src = path
  try {
    const info = await Taro.getImageInfo({ src: path })
    const long = Math.max(info.width, info.height)
    if (long > LONG_SIDE) {
      const width = Math.round((info.width * LONG_SIDE) / long)
      src = (await Taro.compressImage({ src: path, quality: QUALITY * 100, compressedWidth: width })).tempFilePath
    } else {
      src = (await Taro.compressImage({ src: path, quality: QUALITY * 100 })).tempFilePath
    }
  } catch {
    /* an old base library without compressImage: send what chooseImage compressed */
  }
  return readPhoneFile(src, PHOTO_UNREADABLE)
}

// ---------- H5 ----------

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    const timer = setTimeout(() => reject(new Error('image load timeout')), 15000)
    img.onload = () => {
      clearTimeout(timer)
      resolve(img)
    }
    img.onerror = () => {
      clearTimeout(timer)
      reject(new CloudError('VALIDATION', PHOTO_UNREADABLE))
    }
    img.src = url
  })
}

/** Redraw at most 1280 px on the long side as JPEG; quality steps down if it is still too big. */
async function viaCanvas(url: string): Promise<string> {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  const img = await loadImage(url)
  const long = Math.max(img.naturalWidth, img.naturalHeight)
  if (!long) throw new CloudError('VALIDATION', PHOTO_UNREADABLE)
  const scale = Math.min(1, LONG_SIDE / long)
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale))
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale))
  ctx.fillStyle = '#fff' // a transparent PNG becomes white, not black
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  let out = ''
  for (const q of [QUALITY, 0.6, 0.45]) {
    out = canvas.toDataURL('image/jpeg', q).replace(/^data:[^,]*,/, '')
    if (out.length <= MAX_BASE64_CHARS) break
  }
  if (!out) throw new Error('empty canvas')
  return out
}

/** A file picked in the browser as base64; `unreadable` is the error the person reads when it cannot be read. */
export function readBlob(blob: Blob, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? '').replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new CloudError('VALIDATION', unreadable))
    reader.readAsDataURL(blob)
  })
}

async function base64InBrowser(photo: PickedPhoto): Promise<string> {
  try {
    return await viaCanvas(photo.path)
  } catch {
    // no canvas here (or it failed): send the file as it is; the server checks what it really is
    const blob: Blob = photo.file ?? (await fetch(photo.path).then((r) => r.blob()))
    return readBlob(blob, PHOTO_UNREADABLE)
  }
}
