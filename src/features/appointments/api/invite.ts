import { call } from '../../../lib/cloud'
import type { AppointableRole, InvitationView } from './types'

/** appointments.invite — a post offered by code and link, for a week. */
export function invite(role: AppointableRole, scopeId: string, note?: string): Promise<InvitationView> {
  return call<InvitationView>('appointments', 'invite', note ? { role, scopeId, note } : { role, scopeId })
}
