import { call } from '../../../lib/cloud'
import type { Named, Id } from './types'

/** places.buildings */
export function listBuildings(communityId: Id): Promise<Named[]> {
  return call<Named[]>('places', 'buildings', { communityId })
}
