import { call } from '../../../lib/cloud'
import type { AcceptResult } from './types'

/** appointments.accept — take the post; the code or the token is the proof of holding the invitation. */
export function acceptInvitation(invitationId: string, secret: string): Promise<AcceptResult> {
  return call<AcceptResult>('appointments', 'accept', { invitationId, secret })
}
