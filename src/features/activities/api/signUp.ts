import { call } from '../../../lib/cloud'
import type { ActivityView, Id } from './types'

/** activities.signUp — a place if one is free, otherwise the waitlist; answers the activity as it now stands. */
export function signUp(activityId: Id): Promise<ActivityView> {
  return call<ActivityView>('activities', 'signUp', { activityId })
}
