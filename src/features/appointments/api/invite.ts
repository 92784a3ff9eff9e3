import { call } from '../../../lib/cloud'
import type { AppointableRole, InvitationView } from './types'

/** appointments.invite — a post offered by code and link, for a week; a captain's may name the captain's own room (`householdId`). */
export function invite(role: AppointableRole, scopeId: string, note?: string, householdId?: string): Promise<InvitationView> {
  return call<InvitationView>('appointments', 'invite', { role, scopeId, ...(note ? { note } : {}), ...(householdId ? { householdId } : {}) })
}
