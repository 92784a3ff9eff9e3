/**
 * @tarojs/taro for Jest: the H5 implementation of the API (Taro.request,
 * showToast, storage, navigation ...) plus the React lifecycle hooks of the
 * React framework plugin. Mapped in test/ui/jest.ui.config.js.
 */
import * as React from 'react'
import * as TaroH5 from '@tarojs/taro-h5'
import * as runtimeHooks from '@tarojs/plugin-framework-react/dist/runtime'

// The lifecycle hooks read React from a slot that createReactApp fills in a real
// app. No app runs in tests, so create an empty one: that fills the slot, and
// hooks such as usePullDownRefresh register harmlessly (they never fire here).
try {
  runtimeHooks.createReactApp(
    function NoApp() {
      return null
    },
    React,
    {},
    {},
  )
} catch {
  /* the app shell wants a container; the React slot is filled before that */
}

// In a real H5 build babel-plugin-transform-taroapi turns `Taro.showToast` into a
// named import; here the default export must carry every named API itself.
 
const named: any = TaroH5
 
const api: any = named.default ?? {}
for (const key of Object.keys(named)) {
  if (key !== 'default' && !(key in api)) api[key] = named[key]
}

export const {
  useAddToFavorites,
  useDidHide,
  useDidShow,
  useError,
  useLaunch,
  useLoad,
  useOptionMenuClick,
  usePageNotFound,
  usePageScroll,
  usePullDownRefresh,
  usePullIntercept,
  useReachBottom,
  useReady,
  useResize,
  useRouter,
  useSaveExitState,
  useShareAppMessage,
  useShareTimeline,
  useTabItemTap,
  useTitleClick,
  useUnhandledRejection,
  useUnload,
} = runtimeHooks

// The default export (Taro.useLoad …) carries the same hooks as the named exports above.
Object.assign(api, runtimeHooks)

export * from '@tarojs/taro-h5'
export default api
