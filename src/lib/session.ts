/**
 * What to do when the server says "who are you?" (UNAUTHENTICATED).
 * In http mode (H5, local server) the person picks who they are on the sign-in
 * page; in WeChat the caller is known from the openid, so there is nothing to do.
 */
import Taro from '@tarojs/taro'
import { apiMode, CloudError } from './cloud'
import { ROUTES } from './routes'

export const SESSION_CHANGED = 'ct:session-changed'

let lastRedirect = 0

export function isUnauthenticated(err: unknown): boolean {
  return err instanceof CloudError && err.code === 'UNAUTHENTICATED'
}

/** Returns true when it sent the person to the sign-in page. */
export function goSignInIfNeeded(err: unknown): boolean {
  if (!isUnauthenticated(err) || apiMode() !== 'http') return false
  const now = Date.now()
  if (now - lastRedirect < 3000) return true
  lastRedirect = now
  const pages = Taro.getCurrentPages?.() ?? []
  const here = pages.length ? `/${pages[pages.length - 1].route ?? ''}` : ''
  if (here.startsWith(ROUTES.signIn)) return true
  Taro.navigateTo({ url: ROUTES.signIn }).catch(() => Taro.reLaunch({ url: ROUTES.signIn }).catch(() => undefined))
  return true
}

/** Tell open pages (home, mine) that the person changed: they reload. */
export function announceSessionChanged() {
  Taro.eventCenter.trigger(SESSION_CHANGED)
}
