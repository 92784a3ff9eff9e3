/** Pull-down refresh for a page (enablePullDownRefresh in its config): reload, then stop the spinner. */
import Taro, { usePullDownRefresh } from '@tarojs/taro'

export function usePullRefresh(reload: () => Promise<unknown>) {
  usePullDownRefresh(() => {
    reload().finally(() => {
      Taro.stopPullDownRefresh()
    })
  })
}
