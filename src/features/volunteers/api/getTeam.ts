import { call } from '../../../lib/cloud'
import type { Id, TeamView } from './types'

/** volunteers.team — one team's card and its next open activities. */
export function getTeam(teamId: Id): Promise<TeamView> {
  return call<TeamView>('volunteers', 'team', { teamId })
}
