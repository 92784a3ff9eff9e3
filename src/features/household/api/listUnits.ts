import { call } from '../../../lib/cloud'
import type { Named, Id } from './types'

/** places.units */
export function listUnits(buildingId: Id): Promise<Named[]> {
  return call<Named[]>('places', 'units', { buildingId })
}
