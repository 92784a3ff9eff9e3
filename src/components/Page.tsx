/**
 * Every page renders inside <Page>. It carries the theme (NutUI CSS variables
 * set on .ct-page in app.scss) and 大字模式: with the switch on, the .ct-large
 * class raises every font-size variable by at least 25%. In 孩子模式 the bar
 * at the top says whose turn it is (ChildModeBar); WeChat's privacy question
 * opens PrivacySheet over whatever page asked, and the app's own separate
 * consents (ConsentSheet) likewise.
 */
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useLargeText } from '../hooks/useLargeText'
import ChildModeBar from './ChildModeBar'
import ConsentSheet from './ConsentSheet'
import CountyChooser from './CountyChooser'
import PrivacySheet from './PrivacySheet'

export interface PageProps {
  children?: ReactNode
  className?: string
  /** no side padding, for pages with a full-width banner */
  flush?: boolean
}

export default function Page({ children, className, flush }: PageProps) {
  const [large] = useLargeText()
  const cls = ['ct-page', large ? 'ct-large' : '', flush ? 'ct-page--flush' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <View className={cls}>
      <ChildModeBar />
      {children}
      <PrivacySheet />
      <ConsentSheet />
      <CountyChooser />
    </View>
  )
}
