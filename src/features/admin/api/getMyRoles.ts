import { call } from '../../../lib/cloud'
import type { RoleGrant } from './types'

/** identity.me — only the roles matter here. */
export async function getMyRoles(): Promise<RoleGrant[]> {
  const me = await call<{ roles: RoleGrant[] }>('identity', 'me', {})
  return me.roles
}
