import { call } from '../../../lib/cloud'
import type { Id, TeamCard } from './types'

/** volunteers.leave — leave the team, or withdraw a pending application. */
export function leaveTeam(teamId: Id): Promise<TeamCard> {
  return call<TeamCard>('volunteers', 'leave', { teamId })
}
