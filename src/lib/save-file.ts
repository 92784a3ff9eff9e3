import Taro from '@tarojs/taro'

const isH5 = process.env.TARO_ENV === 'h5'

export type Saved = 'downloaded' | 'shared' | 'opened' | 'copied'

/** The file's contents: text (a CSV) or bytes as base64 (a spreadsheet). */
export type FileBody = { text: string } | { base64: string }

function blobOf(body: FileBody, mime: string): Blob {
  if ('text' in body) return new Blob([body.text], { type: mime })
  const bin = atob(body.base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type: mime })
}

/**
 * Hands a file to the person: in H5 a download (a Blob behind an <a download>);
 * in WeChat a file written to the phone and offered to send to a chat (to open
 * on a computer, where spreadsheets are filled in), or else opened on the phone;
 * a text file that can do neither is copied.
 */
export async function saveFile(filename: string, body: FileBody, mime: string): Promise<Saved> {
  if (isH5) {
    const url = URL.createObjectURL(blobOf(body, mime))
    const a = document.createElement('a')
    a.href = url
    a.download = filename
    a.style.display = 'none'
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return 'downloaded'
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename.replace(/[\\/:*?"<>|]/g, '_')}`
  try {
    if ('text' in body) Taro.getFileSystemManager().writeFileSync(filePath, body.text, 'utf8')
    else Taro.getFileSystemManager().writeFileSync(filePath, body.base64, 'base64')
  } catch {
    if (!('text' in body)) throw new Error('write failed')
    await Taro.setClipboardData({ data: body.text })
    return 'copied'
  }
  try {
    await Taro.shareFileMessage({ filePath, fileName: filename })
    return 'shared'
  } catch {
    if ('text' in body) {
      await Taro.setClipboardData({ data: body.text })
      return 'copied'
    }
    await Taro.openDocument({ filePath, showMenu: true })
    return 'opened'
  }
}
