import { call } from '../../../lib/cloud'
import type { ActivityView, Id } from './types'

/** activities.detail — the activity, where the caller stands, and why they may not sign up (if so). */
export function getActivity(activityId: Id): Promise<ActivityView> {
  return call<ActivityView>('activities', 'detail', { activityId })
}
