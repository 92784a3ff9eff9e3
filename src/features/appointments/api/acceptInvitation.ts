import { call } from '../../../lib/cloud'
import type { AcceptResult } from './types'

/** The captain's own room in the building, picked on accepting (我也住在这栋楼). */
export interface OwnHome {
  householdId: string
  relation: 'owner' | 'family' | 'tenant'
}

/** appointments.accept — take the post; the code or the token is the proof of holding the invitation. A captain may be bound to their room in the same step. */
export function acceptInvitation(invitationId: string, secret: string, home?: OwnHome): Promise<AcceptResult> {
  return call<AcceptResult>('appointments', 'accept', home ? { invitationId, secret, ...home } : { invitationId, secret })
}
