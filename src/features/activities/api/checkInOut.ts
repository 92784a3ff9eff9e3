import { call } from '../../../lib/cloud'
import type { CheckInput, CheckResult } from './types'

/** activities.check — check in or out with the organiser's current code (and the phone's position when the activity asks). */
export function checkInOut(input: CheckInput): Promise<CheckResult> {
  return call<CheckResult>('activities', 'check', input)
}
