/**
 * For every tab page: as the page shows, its tab is the selected one on the
 * mini-program's own tab bar (src/custom-tab-bar; WeChat gives each tab page
 * its own bar, and each follows src/lib/tab-bar.ts), and the 消息 badge is
 * brought up to date. H5's tab bar (Taro's) follows the route by itself.
 */
import { useDidShow } from '@tarojs/taro'
import { selectTab, tabIndexOf } from '../lib/tab-bar'
import { useInboxBadge } from './useInboxBadge'

export function useTabPage(path: string) {
  useDidShow(() => {
    selectTab(tabIndexOf(path))
  })
  useInboxBadge()
}
