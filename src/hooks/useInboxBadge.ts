/**
 * The unread badge on the 消息 tab. Every tab page calls useInboxBadge() (through
 * useTabPage): each time the page shows, the count is asked for and drawn on the
 * tab (or taken away at 0). The inbox page draws the count a read answers with at
 * once. H5 draws it on Taro's tab bar; WeChat on the app's own bar (src/lib/tab-bar.ts).
 */
import Taro, { useDidShow } from '@tarojs/taro'
import { getUnreadCount } from '../lib/api/inbox'
import { INBOX_TAB_INDEX } from '../lib/routes'
import { setTabBadge } from '../lib/tab-bar'

const isH5 = process.env.TARO_ENV === 'h5'
/** WeChat: the tab bar is the app's own (src/custom-tab-bar), on which setTabBarBadge does nothing. */
const isWeapp = process.env.TARO_ENV === 'weapp'
/** H5: how often, and how many times, to try again while the tab bar is not mounted yet. */
const H5_RETRY_MS = 500
const H5_TRIES = 8

/** What the badge says: the count, 99+ past 99. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread)
}

/** Bumped by every draw: a count asked for earlier never overwrites a newer one. */
let version = 0

/**
 * Draws `unread` on the 消息 tab. In H5 the tab bar is a component that may not
 * be mounted yet when the first page shows: Taro's call then never answers, so
 * it is tried again a few times. Any failure is ignored: a badge is a hint.
 */
export function showInboxBadge(unread: number): void {
  const mine = ++version
  const index = INBOX_TAB_INDEX
  if (index < 0) return
  if (isWeapp) {
    setTabBadge(index, unread > 0 ? badgeText(unread) : '')
    return
  }
  let tries = 0
  const attempt = () => {
    if (mine !== version) return
    tries += 1
    let answered = false
    const done = () => {
      answered = true
    }
    try {
      const p = unread > 0 ? Taro.setTabBarBadge({ index, text: badgeText(unread) }) : Taro.removeTabBarBadge({ index })
      Promise.resolve(p).then(done, done)
    } catch {
      done()
    }
    if (isH5 && tries < H5_TRIES) {
      setTimeout(() => {
        if (!answered) attempt()
      }, H5_RETRY_MS)
    }
  }
  attempt()
}

/** Asks the server for the unread count and draws it; undefined when it could not be asked (not signed in, offline). */
export async function refreshInboxBadge(): Promise<number | undefined> {
  const asked = version
  try {
    const { unread } = await getUnreadCount()
    if (asked === version) showInboxBadge(unread)
    return unread
  } catch {
    return undefined
  }
}

/** For every tab page: keep the 消息 badge current whenever the page shows. */
export function useInboxBadge() {
  useDidShow(() => {
    void refreshInboxBadge()
  })
}
