/**
 * The tab bar, in order: app.config.ts builds WeChat's tabBar from this list,
 * routes.ts derives TAB_PATHS (and so the 消息 tab's badge index) from it.
 * No imports here: the build reads app.config.ts, and this file, in Node.
 */
export const TABS = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/report/index', text: '随手拍', icon: 'report' },
  { pagePath: 'pages/inbox/index', text: '消息', icon: 'inbox' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
] as const
