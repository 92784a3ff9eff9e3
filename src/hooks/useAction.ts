/**
 * Run a write once at a time: a second tap while the first is on its way does
 * nothing (submitting twice never creates two things). Errors are kept for
 * the form (field details) and shown as a toast unless the caller handles them.
 */
import { useCallback, useRef, useState } from 'react'
import { CloudError } from '../lib/cloud'
import { toastError } from '../lib/feedback'
import { goSignInIfNeeded } from '../lib/session'

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>
  busy: boolean
  error: CloudError | undefined
  /** field → message, from a VALIDATION error's details */
  fieldErrors: Record<string, string>
  clearError: () => void
}

export function useAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  opts: { toastOnError?: boolean } = {},
): Action<A, R> {
  const { toastOnError = true } = opts
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CloudError | undefined>(undefined)
  const inFlight = useRef(false)
  const fnRef = useRef(fn)
  fnRef.current = fn

  const run = useCallback(
    async (...args: A) => {
      if (inFlight.current) return undefined
      inFlight.current = true
      setBusy(true)
      setError(undefined)
      try {
        return await fnRef.current(...args)
      } catch (e) {
        const err = e instanceof CloudError ? e : new CloudError('INTERNAL', '出了点问题，请稍后重试')
        setError(err)
        if (!goSignInIfNeeded(err) && toastOnError) toastError(err)
        return undefined
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [toastOnError],
  )

  const fieldErrors: Record<string, string> = {}
  for (const d of error?.details ?? []) fieldErrors[d.field] = d.message

  return { run, busy, error, fieldErrors, clearError: () => setError(undefined) }
}
