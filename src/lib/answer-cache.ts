/**
 * The last answer a tab page had, kept on the phone so that the page opens
 * with it at once and brings it up to date while the person reads (what
 * WeChat's own tabs do). Only in the mini-program, whose storage is the
 * WeChat user's own: a browser may be shared, and its session can run out
 * without the sign-out that would forget what was kept, so H5 keeps nothing.
 * Kept per person acting (a child in child mode has their own); every change
 * of who is signed in (sign-in, sign-out, account deletion, a session the
 * server no longer knows) forgets them all. A new build of the app reads none
 * an earlier build kept: the shape of an answer may have changed in between.
 */
import Taro from '@tarojs/taro'
import { childMode } from './child-mode'

const PREFIX = 'ct.answer.'
const BUILD = typeof BUILD_ID !== 'undefined' ? BUILD_ID : 'dev'

/** Read when asked, not at load: tests of the phone's pages run as H5 and switch it. */
function keepsAnswers(): boolean {
  return process.env.TARO_ENV !== 'h5'
}

function storageKey(key: string): string {
  return `${PREFIX}${childMode()?.childId ?? 'self'}.${key}`
}

interface Kept<T> {
  build: string
  value: T
}

export function readAnswer<T>(key: string): T | undefined {
  if (!keepsAnswers()) return undefined
  try {
    const kept = Taro.getStorageSync(storageKey(key)) as Kept<T> | ''
    return kept && typeof kept === 'object' && kept.build === BUILD ? kept.value : undefined
  } catch {
    return undefined
  }
}

export function keepAnswer(key: string, value: unknown): void {
  if (!keepsAnswers()) return
  try {
    const kept: Kept<unknown> = { build: BUILD, value }
    Taro.setStorageSync(storageKey(key), kept)
  } catch {
    /* storage full or unavailable: the page simply loads as before */
  }
}

export function forgetAnswers(): void {
  try {
    for (const k of Taro.getStorageInfoSync().keys) if (k.startsWith(PREFIX)) Taro.removeStorageSync(k)
  } catch {
    /* nothing kept */
  }
}
