import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './lib/cloud'
import { watchPrivacyAuthorization } from './lib/privacy-authorization'
import { prefetchSubscribeTemplates } from './lib/subscribe'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // In WeChat with cloud mode on: connect to the cloud environment once.
    initCloud()
    watchPrivacyAuthorization()
    prefetchSubscribeTemplates()
  })
  return children
}

export default App
