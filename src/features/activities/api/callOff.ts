import { call } from '../../../lib/cloud'
import type { ActivityView, Id } from './types'

/** activities.callOff — the organiser cancels the activity; everyone signed up is told the reason. Answers the activity as it now stands. */
export function callOff(activityId: Id, reason: string): Promise<ActivityView> {
  return call<ActivityView>('activities', 'callOff', { activityId, reason })
}
