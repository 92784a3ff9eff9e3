import { call } from '../../../lib/cloud'
import type { Id, MemberRow } from './types'

/** volunteers.members — pending applications, then members, with real names and phones: the team's leaders and the admin only. */
export function listMembers(teamId: Id): Promise<MemberRow[]> {
  return call<MemberRow[]>('volunteers', 'members', { teamId })
}
