import { call } from '../../../lib/cloud'
import type { BuildingOption } from './types'

/** notices.buildings — the buildings (with their units) the caller may post to; empty for anyone who looks after none. */
export function listBuildings(): Promise<BuildingOption[]> {
  return call<BuildingOption[]>('notices', 'buildings', {})
}
