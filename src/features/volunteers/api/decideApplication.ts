import { call } from '../../../lib/cloud'
import type { Id, MemberRow } from './types'

/** volunteers.decide — a leader approves, or rejects with a reason the applicant reads. */
export function decideApplication(teamId: Id, userId: Id, approve: boolean, reason?: string): Promise<MemberRow> {
  return call<MemberRow>('volunteers', 'decide', reason ? { teamId, userId, approve, reason } : { teamId, userId, approve })
}
