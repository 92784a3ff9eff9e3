import { call } from '../../../lib/cloud'
import type { TeamCard } from './types'

/** volunteers.teams — the county's standing and specialty teams, with where I stand in each. */
export function listTeams(): Promise<TeamCard[]> {
  return call<TeamCard[]>('volunteers', 'teams', {})
}
