/** Short, friendly feedback: a toast on success, the server's Chinese message on failure. */
import Taro from '@tarojs/taro'
import { CloudError } from './cloud'

export function toastOk(title: string) {
  Taro.showToast({ title, icon: 'success', duration: 1800 }).catch(() => undefined)
}

export function errorMessage(err: unknown): string {
  if (err instanceof CloudError) return err.message
  return '出了点问题，请稍后重试'
}

export function toastError(err: unknown) {
  Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 2600 }).catch(() => undefined)
}

/** A tab page that opened with what it kept could not bring it up to date: said, so old news is not taken for new. */
export const STALE_ANSWER = '没能更新，显示的是上次的内容'

export function toastStale() {
  Taro.showToast({ title: STALE_ANSWER, icon: 'none', duration: 2600 }).catch(() => undefined)
}

/** Ask once before something that cannot be undone. Resolves true when confirmed. */
export async function confirmOnce(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const res = await Taro.showModal({
      title,
      content,
      confirmText,
      cancelText: '再想想',
      confirmColor: '#C8161D',
    })
    return !!res.confirm
  } catch {
    return false
  }
}
