/**
 * Load something from the server and remember loading / error / data.
 * Keeps old data on screen while reloading; on UNAUTHENTICATED (http mode)
 * sends the person to the sign-in page. Logic lives here, not in page
 * lifecycles, so it runs in tests too.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { forgetAnswers, keepAnswer, readAnswer } from '../lib/answer-cache'
import { CloudError } from '../lib/cloud'
import { toastStale } from '../lib/feedback'
import { goSignInIfNeeded, isUnauthenticated } from '../lib/session'

export type RemoteStatus = 'loading' | 'ready' | 'error'

export interface Remote<T> {
  status: RemoteStatus
  data: T | undefined
  error: CloudError | undefined
  /** true while a reload runs with data already on screen */
  refreshing: boolean
  reload: () => Promise<void>
  setData: (update: T | ((prev: T | undefined) => T)) => void
}

function asCloudError(e: unknown): CloudError {
  if (e instanceof CloudError) return e
  return new CloudError('INTERNAL', '出了点问题，请稍后重试')
}

export interface RemoteOptions {
  /**
   * A tab page's own answer, kept on the phone under this name: the page opens
   * with the last one at once and refreshes it (lib/answer-cache.ts).
   */
  keep?: string
}

export function useRemote<T>(load: () => Promise<T>, deps: ReadonlyArray<unknown> = [], options: RemoteOptions = {}): Remote<T> {
  const { keep } = options
  const [kept] = useState(() => (keep ? readAnswer<T>(keep) : undefined))
  const [status, setStatus] = useState<RemoteStatus>(kept === undefined ? 'loading' : 'ready')
  const [data, setDataState] = useState<T | undefined>(kept)
  const [error, setError] = useState<CloudError | undefined>(undefined)
  const [refreshing, setRefreshing] = useState(false)
  const seq = useRef(0)
  const alive = useRef(true)
  const hasData = useRef(kept !== undefined)
  const loadRef = useRef(load)
  loadRef.current = load

  const reload = useCallback(async () => {
    const mine = ++seq.current
    if (hasData.current) setRefreshing(true)
    else {
      setStatus('loading')
      setError(undefined)
    }
    try {
      const value = await loadRef.current()
      if (!alive.current || mine !== seq.current) return
      hasData.current = true
      if (keep) keepAnswer(keep, value)
      // An answer is drawn as a transition: React renders it in slices that leave the page free to
      // scroll and take taps, instead of one long task per answer (docs/performance.md).
      startTransition(() => {
        setDataState(() => value)
        setError(undefined)
        setStatus('ready')
      })
    } catch (e) {
      if (!alive.current || mine !== seq.current) return
      const err = asCloudError(e)
      if (isUnauthenticated(err) && hasData.current && keep) {
        // Signed out, or the session ran out: what was kept is someone's who is gone.
        forgetAnswers()
        hasData.current = false
        setDataState(undefined)
      } else if (keep && hasData.current) {
        toastStale()
      }
      goSignInIfNeeded(err)
      setError(err)
      // with data already shown, keep showing it; the page may toast the error
      if (!hasData.current) setStatus('error')
    } finally {
      if (alive.current && mine === seq.current) setRefreshing(false)
    }
  }, deps)

  const started = useRef(false)
  useEffect(() => {
    alive.current = true
    // A new query (its deps changed) starts afresh; the first one keeps what was kept on the phone, if anything.
    if (started.current) hasData.current = false
    started.current = true
    void reload()
    return () => {
      alive.current = false
    }
  }, [reload])

  const setData = useCallback((update: T | ((prev: T | undefined) => T)) => {
    setDataState((prev) => {
      const next = typeof update === 'function' ? (update as (p: T | undefined) => T)(prev) : update
      if (keep) keepAnswer(keep, next)
      return next
    })
    hasData.current = true
    setStatus('ready')
  }, [])

  return { status, data, error, refreshing, reload, setData }
}

/**
 * One part of a remote answer as a remote of its own (the same status, error
 * and reload): a page loaded by one call hands each card its part.
 */
export function partOf<T, U>(remote: Remote<T>, part: (whole: T) => U): Remote<U> {
  return {
    status: remote.status,
    data: remote.data === undefined ? undefined : part(remote.data),
    error: remote.error,
    refreshing: remote.refreshing,
    reload: remote.reload,
    setData: () => {
      throw new Error('a part of a remote answer is not set on its own')
    },
  }
}
