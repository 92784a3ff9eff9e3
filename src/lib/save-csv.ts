import Taro from '@tarojs/taro'

const isH5 = process.env.TARO_ENV === 'h5'

/**
 * Hands the CSV to the person in H5 a download (a
 * Blob behind an <a download>); in WeChat a file written to the phone and
 * offered to send to a chat (to open on a computer), or, where that is
 * refused, the text copied.
 */
export async function saveCsv(filename: string, csv: string): Promise<'downloaded' | 'shared' | 'copied'> {
  if (isH5) {
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
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
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${filename.replace(/[\\/:*?"<>|]/g, '_')}`
    Taro.getFileSystemManager().writeFileSync(filePath, csv, 'utf8')
    await Taro.shareFileMessage({ filePath, fileName: filename })
    return 'shared'
  } catch {
    await Taro.setClipboardData({ data: csv })
    return 'copied'
  }
}
