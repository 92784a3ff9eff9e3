import { call } from '../../../lib/cloud'
import type { SubmitInput, SubmitResult } from './types'

/** reports.submit — the same idempotency key again returns the first report. */
export function submitReport(input: SubmitInput): Promise<SubmitResult> {
  return call<SubmitResult>('reports', 'submit', input)
}
