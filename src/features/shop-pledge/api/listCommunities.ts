import { call } from '../../../lib/cloud'
import type { Community } from './types'

/** places.communities — for the shop's community picker. */
export function listCommunities(): Promise<Community[]> {
  return call<Community[]>('places', 'communities', {})
}
