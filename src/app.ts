import { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { rememberArrival } from './lib/arrival'
import { initCloud } from './lib/cloud'
import { watchPrivacyAuthorization } from './lib/privacy-authorization'
import { prefetchSubscribeTemplates } from './lib/subscribe'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    // A county's QR or a shared page names the county a newcomer arrived at.
    rememberArrival(options?.query)
    // ...also when WeChat brings the running app to the front with a shared page.
    if (typeof Taro.onAppShow === 'function') Taro.onAppShow((shown) => rememberArrival(shown?.query))
    // In WeChat with cloud mode on: connect to the cloud environment once.
    initCloud()
    watchPrivacyAuthorization()
    prefetchSubscribeTemplates()
  })
  return children
}

export default App
