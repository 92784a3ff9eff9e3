import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { CloudError } from '../../../lib/cloud'
import { getCode } from '../api/getCode'
import type { CheckinCode, Id } from '../api/types'

/** Asked again this long after a failure (the network dropped at the activity). */
const RETRY_MS = 5_000
/** Never sooner than this after the last fetch, whatever refreshAt says (a phone's clock may be off). */
const MIN_WAIT_MS = 1_000

function keepScreenOn(on: boolean) {
  try {
    Promise.resolve(Taro.setKeepScreenOn({ keepScreenOn: on })).catch(() => undefined)
  } catch {
    /* not offered here (H5): the screen follows the phone's own setting */
  }
}

/**
 * The organiser's check-in code while it is on screen: fetched at once, then
 * again when the server says the next one starts (every 30 seconds), with the
 * seconds left counted down. The screen is kept on meanwhile. A code the
 * server refuses to show (too early, cancelled, long over) says why and is
 * not asked for again until the person retries.
 */
export function useCode(activityId: Id, active: boolean, onRefreshed?: () => void) {
  const [code, setCode] = useState<CheckinCode | undefined>(undefined)
  const [error, setError] = useState<CloudError | undefined>(undefined)
  const [secondsLeft, setSecondsLeft] = useState(0)
  const [attempt, setAttempt] = useState(0)
  const onRefreshedRef = useRef(onRefreshed)
  onRefreshedRef.current = onRefreshed

  useEffect(() => {
    if (!active) return undefined
    keepScreenOn(true)
    let alive = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const fetchNext = async () => {
      try {
        const c = await getCode(activityId)
        if (!alive) return
        setCode(c)
        setError(undefined)
        onRefreshedRef.current?.()
        const wait = Math.max(MIN_WAIT_MS, new Date(c.refreshAt).getTime() - Date.now())
        timer = setTimeout(fetchNext, wait)
      } catch (e) {
        if (!alive) return
        const err = e instanceof CloudError ? e : new CloudError('INTERNAL', '出了点问题，请稍后重试')
        setError(err)
        // the network may come back; a refusal (too early, cancelled) will not by itself
        if (err.code === 'NETWORK') timer = setTimeout(fetchNext, RETRY_MS)
        else setCode(undefined)
      }
    }
    void fetchNext()
    return () => {
      alive = false
      if (timer) clearTimeout(timer)
      keepScreenOn(false)
    }
  }, [activityId, active, attempt])

  // the countdown under the code
  useEffect(() => {
    if (!active || !code) return undefined
    const tick = () => setSecondsLeft(Math.max(0, Math.ceil((new Date(code.refreshAt).getTime() - Date.now()) / 1000)))
    tick()
    const t = setInterval(tick, 1000)
    return () => clearInterval(t)
  }, [active, code])

  return { code, error, secondsLeft, retry: () => setAttempt((n) => n + 1) }
}
