import { call } from '../../../lib/cloud'

/** appointments.revoke — take a post back; the person reads the reason. */
export function revoke(grantId: string, reason: string): Promise<{ revoked: true }> {
  return call<{ revoked: true }>('appointments', 'revoke', { grantId, reason })
}
