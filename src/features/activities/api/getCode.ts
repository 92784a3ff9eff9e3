import { call } from '../../../lib/cloud'
import type { CheckinCode, Id } from './types'

/** activities.code — the organiser's check-in code for this 30-second slot: a QR token and 6 digits. */
export function getCode(activityId: Id): Promise<CheckinCode> {
  return call<CheckinCode>('activities', 'code', { activityId })
}
