import { call } from '../../../lib/cloud'

/** identity.updateProfile — the name certificates and notices carry, and (when chosen) the avatar photo; null removes it. */
export function updateProfile(input: { name: string; avatarRef?: string | null }): Promise<{ name: string; avatarRef: string | null }> {
  return call<{ name: string; avatarRef: string | null }>('identity', 'updateProfile', input)
}
