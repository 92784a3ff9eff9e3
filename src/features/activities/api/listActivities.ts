import { call } from '../../../lib/cloud'
import type { ActivityCard, ListFilter } from './types'

/** activities.list — open: what one may still join, soonest first; mine: what one signed up for; manage: what one organises. */
export function listActivities(filter: ListFilter): Promise<ActivityCard[]> {
  return call<ActivityCard[]>('activities', 'list', { filter })
}
