import { call } from '../../../lib/cloud'
import type { RaiseInput, RaiseResult } from './types'

/** matters.raise — the same idempotency key again returns the first matter. */
export function raiseMatter(input: RaiseInput): Promise<RaiseResult> {
  return call<RaiseResult>('matters', 'raise', input)
}
