/**
 * What the mini-program's own tab bar (src/custom-tab-bar) shows: which tab
 * is selected and the badge on each. WeChat gives every tab page its own
 * instance of the bar; they all follow this one store, so a bar that opens
 * with its page already shows the tab being opened and the current badge.
 * Tab pages select their tab as they show (useTabPage); the 消息 badge is
 * written here in WeChat (useInboxBadge), where setTabBarBadge does nothing
 * to a custom bar. H5 keeps Taro's own tab bar and never reads this.
 */
import { TABS } from './tabs'

export interface TabBarState {
  /** index into TABS; -1 before any tab page showed */
  selected: number
  /** the badge on each tab ('' = none), in TABS order */
  badges: string[]
}

let state: TabBarState = { selected: -1, badges: TABS.map(() => '') }
const listeners = new Set<() => void>()

export function tabBarState(): TabBarState {
  return state
}

/** Calls `listener` after every change; answers the way to stop. */
export function subscribeTabBar(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function update(next: TabBarState) {
  state = next
  listeners.forEach((l) => l())
}

/** The tab of a page path ('/pages/inbox/index' or 'pages/inbox/index'); -1 for a page that is not a tab. */
export function tabIndexOf(path: string): number {
  const bare = path.split('?')[0].replace(/^\//, '')
  return TABS.findIndex((t) => t.pagePath === bare)
}

export function selectTab(index: number): void {
  if (index < 0 || index >= TABS.length || index === state.selected) return
  update({ ...state, selected: index })
}

export function setTabBadge(index: number, text: string): void {
  if (index < 0 || index >= TABS.length || state.badges[index] === text) return
  update({ ...state, badges: state.badges.map((b, i) => (i === index ? text : b)) })
}
