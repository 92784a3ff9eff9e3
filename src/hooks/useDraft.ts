/**
 * A form's values, kept on the phone while the person types, so nothing is
 * lost when the network fails or they leave the page. Cleared on success.
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'

export function useDraft<T extends object>(key: string, initial: T) {
  const storageKey = `ct.draft.${key}`
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = Taro.getStorageSync(storageKey)
      if (saved && typeof saved === 'object') return { ...initial, ...(saved as Partial<T>) }
    } catch {
      /* no storage */
    }
    return initial
  })
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    try {
      Taro.setStorageSync(storageKey, value)
    } catch {
      /* storage full: the form still works */
    }
  }, [storageKey, value])

  const update = useCallback(<K extends keyof T>(k: K, v: T[K]) => setValue((prev) => ({ ...prev, [k]: v })), [])
  const clear = useCallback(() => {
    try {
      Taro.removeStorageSync(storageKey)
    } catch {
      /* ignore */
    }
    first.current = true
    setValue(initial)
  }, [storageKey])

  return { value, update, clear, setValue }
}
