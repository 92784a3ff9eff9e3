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
