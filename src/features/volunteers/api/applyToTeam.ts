import { call } from '../../../lib/cloud'
import type { Id, TeamCard } from './types'

/** volunteers.apply — ask to join; asking again while pending changes nothing. The team's leaders are told. */
export function applyToTeam(teamId: Id): Promise<TeamCard> {
  return call<TeamCard>('volunteers', 'apply', { teamId })
}
