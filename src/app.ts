import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { rememberArrival } from './lib/arrival'
import { initCloud } from './lib/cloud'
import { watchPrivacyAuthorization } from './lib/privacy-authorization'
import { prefetchSubscribeTemplates } from './lib/subscribe'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    // A county's QR or a shared page names the county a newcomer arrived at.
    rememberArrival(options?.query)
    // In WeChat with cloud mode on: connect to the cloud environment once.
    initCloud()
    watchPrivacyAuthorization()
    prefetchSubscribeTemplates()
  })
  return children
}

export default App
