import { call } from '../../../lib/cloud'
import type { ActivityView, CreateActivityInput } from './types'

/** activities.create — a team leader's activity or a community's event; answers it as the organiser sees it. */
export function createActivity(input: CreateActivityInput): Promise<ActivityView> {
  return call<ActivityView>('activities', 'create', input)
}
