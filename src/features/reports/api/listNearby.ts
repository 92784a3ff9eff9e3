import { call } from '../../../lib/cloud'
import type { Id, NearbyReport } from './types'

/** reports.nearby — open reports of the same kind within 50 m. */
export function listNearby(categoryId: Id, latitude: number, longitude: number): Promise<NearbyReport[]> {
  return call<NearbyReport[]>('reports', 'nearby', { categoryId, latitude, longitude })
}
