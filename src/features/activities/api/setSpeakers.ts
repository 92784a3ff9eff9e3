import { call } from '../../../lib/cloud'
import type { ActivityView, Id } from './types'

/** activities.setSpeakers — the organiser's 讲述人, in the order shown; the list replaces the last one (at most 10). */
export function setSpeakers(activityId: Id, goodPersonIds: Id[]): Promise<ActivityView> {
  return call<ActivityView>('activities', 'setSpeakers', { activityId, goodPersonIds })
}
