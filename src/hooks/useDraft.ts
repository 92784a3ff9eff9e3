/**
 * A form's values, kept on the phone while the person types, so nothing is
 * lost when the network fails or they leave the page. Cleared on success.
 *
 * The key may change (one draft per convention, say): the hook then shows
 * that key's draft, or `initial` when there is none. Only what the person
 * changes is saved.
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'

const storageKeyOf = (key: string) => `ct.draft.${key}`

/** The saved draft under this key, if any. */
export function readDraft<T extends object>(key: string): Partial<T> | undefined {
  try {
    const saved = Taro.getStorageSync(storageKeyOf(key))
    if (saved && typeof saved === 'object') return saved as Partial<T>
  } catch {
    /* no storage */
  }
  return undefined
}

interface State<T> {
  key: string
  value: T
  /** changed by the person since it was loaded: worth saving */
  dirty: boolean
}

export function useDraft<T extends object>(key: string, initial: T) {
  const initialRef = useRef(initial)
  initialRef.current = initial
  const load = (k: string): State<T> => {
    const saved = readDraft<T>(k)
    return { key: k, value: saved ? { ...initialRef.current, ...saved } : initialRef.current, dirty: false }
  }
  const [state, setState] = useState<State<T>>(() => load(key))
  // another key: show its draft (React re-renders at once with the new state)
  let current = state
  if (state.key !== key) {
    current = load(key)
    setState(current)
  }

  useEffect(() => {
    if (!state.dirty) return
    try {
      Taro.setStorageSync(storageKeyOf(state.key), state.value)
    } catch {
      /* storage full: the form still works */
    }
  }, [state])

  const setValue = useCallback(
    (update: T | ((prev: T) => T)) =>
      setState((s) => ({ ...s, dirty: true, value: typeof update === 'function' ? (update as (p: T) => T)(s.value) : update })),
    [],
  )
  const update = useCallback(<K extends keyof T>(k: K, v: T[K]) => setValue((prev) => ({ ...prev, [k]: v })), [setValue])
  const keyRef = useRef(key)
  keyRef.current = key
  /** Forget the saved draft; the form shows `next` (default: the initial values). */
  const clear = useCallback((next?: T) => {
    try {
      Taro.removeStorageSync(storageKeyOf(keyRef.current))
    } catch {
      /* ignore */
    }
    setState((s) => ({ ...s, value: next ?? initialRef.current, dirty: false }))
  }, [])

  return { value: current.value, update, clear, setValue }
}
