import { call } from '../cloud'
import type { Me } from '../api-types'

/** identity.me — who is calling, their county, roles and household. Shared by the tab pages. */
export function getMe(): Promise<Me> {
  return call<Me>('identity', 'me', {})
}
