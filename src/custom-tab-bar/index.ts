/**
 * The mini-program's tab bar (app.config.ts sets tabBar.custom in WeChat).
 * WeChat's own bar draws its labels at 10px whatever the app asks, so a
 * person who turned on 大字模式 could not read the four tabs. This bar draws
 * the same tabs (src/lib/tabs.ts), icons and colours, with labels at H5's
 * size and larger in 大字模式, each tab a 44px+ target announced as a tab.
 *
 * A native WeChat component (index.wxml), not a React one: Taro's templates
 * pass no aria-* attributes, and WeChat's screen readers need aria-role and
 * aria-selected. WeChat gives every tab page its own instance of the bar;
 * each follows the selected tab and badges (src/lib/tab-bar.ts, written by
 * useTabPage and useInboxBadge) and 大字模式 (src/hooks/useLargeText.ts).
 * H5 keeps Taro's tab bar and never loads this file.
 */
import Taro from '@tarojs/taro'
import { readLargeText, subscribeLargeText } from '../hooks/useLargeText'
import { selectTab, subscribeTabBar, tabBarState } from '../lib/tab-bar'
import { TAB_BAR_COLORS, TABS, tabIconPath } from '../lib/tabs'

interface TabBarInstance {
  setData(data: Record<string, unknown>): void
  data: { items: { path: string }[] }
  stop?: () => void
  show(): void
}

declare function Component(options: Record<string, unknown>): void

const items = TABS.map((t) => ({
  path: `/${t.pagePath}`,
  text: t.text,
  icon: `/${tabIconPath(t.icon, false)}`,
  selectedIcon: `/${tabIconPath(t.icon, true)}`,
}))

/** What a screen reader says for a tab: its name, and the unread count on it. */
function spoken(text: string, badge: string): string {
  return badge ? `${text}，${badge}条未读` : text
}

function view() {
  const { selected, badges } = tabBarState()
  return {
    selected,
    badges,
    labels: items.map((item, i) => spoken(item.text, badges[i] ?? '')),
    large: readLargeText(),
  }
}

Component({
  data: { items, color: TAB_BAR_COLORS.color, selectedColor: TAB_BAR_COLORS.selectedColor, backgroundColor: TAB_BAR_COLORS.backgroundColor, ...view() },
  lifetimes: {
    attached(this: TabBarInstance) {
      this.show()
      const stopTabs = subscribeTabBar(() => this.show())
      const stopLarge = subscribeLargeText(() => this.show())
      this.stop = () => {
        stopTabs()
        stopLarge()
      }
    },
    detached(this: TabBarInstance) {
      this.stop?.()
    },
  },
  pageLifetimes: {
    show(this: TabBarInstance) {
      this.show()
    },
  },
  methods: {
    show(this: TabBarInstance) {
      this.setData(view())
    },
    switchTab(this: TabBarInstance, e: { currentTarget: { dataset: { index?: number | string } } }) {
      const index = Number(e.currentTarget.dataset.index)
      const item = this.data.items[index]
      if (!item) return
      selectTab(index)
      void Taro.switchTab({ url: item.path }).catch(() => undefined)
    },
  },
})
