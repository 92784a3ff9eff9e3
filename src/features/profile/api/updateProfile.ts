import { call } from '../../../lib/cloud'

/** identity.updateProfile — the name certificates and notices carry. */
export function updateProfile(input: { name: string }): Promise<{ name: string }> {
  return call<{ name: string }>('identity', 'updateProfile', input)
}
