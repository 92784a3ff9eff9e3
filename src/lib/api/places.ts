import { call } from '../cloud'
import type { CommunityItem, HouseholdItem, NamedItem } from '../../../server/modules/places/contracts'

/**
 * places.* — the county's address book (community → building → unit → room),
 * which anyone signed in may read: to bind one's home, or to pick a neighbour's.
 */
export function listCommunities(): Promise<CommunityItem[]> {
  return call<CommunityItem[]>('places', 'communities', {})
}

export function listBuildings(communityId: string): Promise<NamedItem[]> {
  return call<NamedItem[]>('places', 'buildings', { communityId })
}

export function listUnits(buildingId: string): Promise<NamedItem[]> {
  return call<NamedItem[]>('places', 'units', { buildingId })
}

/** places.households — the rooms of a unit; each room is a household. */
export function listRooms(unitId: string): Promise<HouseholdItem[]> {
  return call<HouseholdItem[]>('places', 'households', { unitId })
}
