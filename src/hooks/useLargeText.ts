/**
 * 大字模式: one switch, remembered on the phone (Taro.setStorageSync), read by
 * every page through <Page> (src/components/Page.tsx), which adds the
 * .ct-large class that raises all font-size variables by ≥25%.
 * A tiny store so that pages already open follow the switch at once; the
 * mini-program's own tab bar (src/custom-tab-bar, not a React component)
 * follows it through readLargeText and subscribeLargeText.
 */
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

export const LARGE_TEXT_KEY = 'ct.largeText'

let current: boolean | null = null
const listeners = new Set<() => void>()

export function readLargeText(): boolean {
  if (current === null) {
    try {
      current = Taro.getStorageSync(LARGE_TEXT_KEY) === true
    } catch {
      current = false
    }
  }
  return current
}

export function subscribeLargeText(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function setLargeText(on: boolean) {
  current = on
  try {
    Taro.setStorageSync(LARGE_TEXT_KEY, on)
  } catch {
    /* storage unavailable: the switch still works for this visit */
  }
  listeners.forEach((l) => l())
}

export function useLargeText(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribeLargeText, readLargeText, readLargeText)
  return [on, setLargeText]
}
