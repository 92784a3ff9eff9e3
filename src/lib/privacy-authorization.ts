/**
 * WeChat's privacy authorization: since 2023 a mini-program's calls to
 * location, photos, phone number, avatar or clipboard fail until the person
 * agrees to its 用户隐私保护指引. WeChat asks (onNeedPrivacyAuthorization) at the
 * first tap that needs it, not at launch; the app answers with its own sheet
 * (PrivacySheet, on every page) whose agree button has
 * open-type="agreePrivacyAuthorization", and resolves WeChat's question with it.
 */
import Taro from '@tarojs/taro'

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

export const AGREE_BUTTON_ID = 'ct-agree-privacy'

let pending: Resolve | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

/** Called once at launch in WeChat: from then on WeChat's question opens the sheet. */
export function watchPrivacyAuthorization(): void {
  if (process.env.TARO_ENV === 'h5') return
  const on = (Taro as unknown as { onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void }).onNeedPrivacyAuthorization
  if (typeof on !== 'function') return // an old base library asks nothing
  on((resolve) => {
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    notify()
  })
}

export function privacyQuestionPending(): boolean {
  return pending !== null
}

export function subscribePrivacyQuestion(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The agree button was tapped (its agreeprivacyauthorization event): the waiting call goes on. */
export function agreeToPrivacy(): void {
  pending?.({ event: 'agree', buttonId: AGREE_BUTTON_ID })
  pending = null
  notify()
}

/** Not now: the waiting call fails, and the person can go on without it. */
export function declinePrivacy(): void {
  pending?.({ event: 'disagree' })
  pending = null
  notify()
}
