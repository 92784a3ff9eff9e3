import { call } from '../../../lib/cloud'

/** appointments.cancel — withdraw an invitation nobody has taken. */
export function cancelInvitation(invitationId: string): Promise<{ cancelled: true }> {
  return call<{ cancelled: true }>('appointments', 'cancel', { invitationId })
}
