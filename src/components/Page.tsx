/**
 * Every page renders inside <Page>. It carries the theme (NutUI CSS variables
 * set on .ct-page in app.scss) and 大字模式: with the switch on, the .ct-large
 * class raises every font-size variable by at least 25%. In 孩子模式 the bar
 * at the top says whose turn it is (ChildModeBar); WeChat's privacy question
 * opens PrivacySheet over whatever page asked, and the app's own separate
 * consents (ConsentSheet) likewise.
 */
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { memo, useEffect, useRef, type ReactNode } from 'react'
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

const isH5 = process.env.TARO_ENV === 'h5'

/**
 * What every page carries besides its content. None takes props: memo keeps a
 * page's re-render (one per answer from the server) from re-rendering them too.
 */
const Frame = memo(function Frame({ at }: { at: 'top' | 'bottom' }) {
  if (at === 'top') return <ChildModeBar />
  return (
    <>
      <PrivacySheet />
      <ConsentSheet />
      <CountyChooser />
    </>
  )
})

/**
 * H5 only: Taro's page container is the element that scrolls. It becomes the
 * page's main landmark, reachable from the keyboard (tabindex 0) and named by
 * the page's title; Taro's title bar is the banner and its tab bar the
 * navigation. The html element carries 大字模式 too, for the tab bar, which
 * sits outside every page.
 */
function useH5Frame(large: boolean) {
  const ref = useRef<HTMLElement | null>(null)
  const container = () => (ref.current && typeof ref.current.closest === 'function' ? (ref.current.closest('.taro_page') as HTMLElement | null) : null)
  useEffect(() => {
    if (!isH5) return
    const page = container()
    if (page) {
      page.setAttribute('role', 'main')
      page.setAttribute('tabindex', '0')
    }
    document.querySelector('.taro-navigation-bar-show')?.setAttribute('role', 'banner')
    for (const [cls, name] of [
      ['.taro-navigation-bar-home', '回到首页'],
      ['.taro-navigation-bar-back', '返回上一页'],
    ]) {
      const button = document.querySelector(cls)
      button?.setAttribute('role', 'button')
      button?.setAttribute('aria-label', name)
    }
    const tabBar = document.querySelector('.taro-tabbar__tabbar')
    if (tabBar) {
      tabBar.setAttribute('role', 'navigation')
      tabBar.setAttribute('aria-label', '主菜单')
    }
  }, [])
  useEffect(() => {
    if (isH5) document.documentElement.classList.toggle('ct-large-text', large)
  }, [large])
  useDidShow(() => {
    if (!isH5) return
    // Taro writes the page's title into document.title as the page shows
    setTimeout(() => {
      const page = container()
      if (page && document.title) page.setAttribute('aria-label', document.title)
    }, 0)
  })
  return ref
}

export default function Page({ children, className, flush }: PageProps) {
  const [large] = useLargeText()
  const ref = useH5Frame(large)
  const cls = ['ct-page', large ? 'ct-large' : '', flush ? 'ct-page--flush' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <View className={cls} ref={ref as never}>
      <Frame at='top' />
      {children}
      <Frame at='bottom' />
    </View>
  )
}
