/**
 * What to do when the server says "who are you?" (UNAUTHENTICATED).
 * In http mode (H5, local server) the person picks who they are on the sign-in
 * page; in WeChat the caller is known from the openid, and the answer means the
 * server cannot tell which county a newcomer belongs to: they choose.
 */
import Taro from '@tarojs/taro'
import { forgetAnswers } from './answer-cache'
import { askForCounty } from './arrival'
import { apiMode, CloudError, mustChooseCounty } from './cloud'
import { ROUTES } from './routes'

export const SESSION_CHANGED = 'ct:session-changed'

let lastRedirect = 0

export function isUnauthenticated(err: unknown): boolean {
  return err instanceof CloudError && err.code === 'UNAUTHENTICATED'
}


/** Returns true when it sent the person to the sign-in page (or, in WeChat, to choose their county). */
export function goSignInIfNeeded(err: unknown): boolean {
  if (!isUnauthenticated(err)) return false
  if (apiMode() !== 'http' || mustChooseCounty(err)) {
    // In WeChat the server knows who calls; it says UNAUTHENTICATED only to a newcomer it cannot place.
    askForCounty()
    return true
  }
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
  // what the tab pages kept was the person's before the change
  forgetAnswers()
  Taro.eventCenter.trigger(SESSION_CHANGED)
}
