import { call } from '../../../lib/cloud'
import type { Id, RosterView } from './types'

/** activities.roster — organisers only: who is coming (real names and phones), the waitlist in order, check-ins and hours. */
export function getRoster(activityId: Id): Promise<RosterView> {
  return call<RosterView>('activities', 'roster', { activityId })
}
