/**
 * Reload when the page shows again — back from a page it opened, or from
 * another tab — but not on its first show, when useRemote has just loaded it.
 */
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

export function useReloadOnShow(reload: () => Promise<unknown>) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
