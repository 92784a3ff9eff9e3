import { call } from '../../../lib/cloud'
import type { ActivityView, Id } from './types'

/** activities.cancel — gives the place back before the sign-up deadline; the first on the waitlist gets it. Answers the activity as it now stands. */
export function cancelSignup(activityId: Id): Promise<ActivityView> {
  return call<ActivityView>('activities', 'cancel', { activityId })
}
