/**
 * The tab bar, in order: app.config.ts builds WeChat's tabBar from this list,
 * routes.ts derives TAB_PATHS (and so the 消息 tab's badge index) from it, and
 * the mini-program's own tab bar (src/custom-tab-bar) draws it.
 * No imports here: the build reads app.config.ts, and this file, in Node.
 */
export const TABS = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/report/index', text: '随手拍', icon: 'report' },
  { pagePath: 'pages/inbox/index', text: '消息', icon: 'inbox' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
] as const

/** The tab bar's colours: WeChat's tabBar config (and so H5's bar) and the mini-program's own bar. */
export const TAB_BAR_COLORS = {
  color: '#5E554D',
  selectedColor: '#C8161D',
  backgroundColor: '#FFFFFF',
  borderStyle: 'white',
} as const

/** A tab's icon in the package (`assets/tabbar/*.png`), plain or selected. */
export function tabIconPath(icon: string, selected: boolean): string {
  return `assets/tabbar/${icon}${selected ? '-active' : ''}.png`
}
