import { call } from '../../../lib/cloud'
import type { Community } from './types'

/** places.communities */
export function listCommunities(): Promise<Community[]> {
  return call<Community[]>('places', 'communities', {})
}
