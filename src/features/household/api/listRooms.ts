import { call } from '../../../lib/cloud'
import type { Room, Id } from './types'

/** places.households */
export function listRooms(unitId: Id): Promise<Room[]> {
  return call<Room[]>('places', 'households', { unitId })
}
