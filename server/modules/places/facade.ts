import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { countyOf } from '../campaign/facade';
import { namesOfPlaceScopes } from './repo';

/** What other modules may ask of places. */
export { areaOfHousehold, findArea, listAreas, communityPoint, householdPlaces, householdIdsInScopes, findBuilding, findCommunity, findDepartment, listBuildingIds, listCommunities, listDepartments, listStations, findStation } from './repo';
export type { AreaIdQuery, HouseholdPlace } from './repo';
export { householdLabel } from './domain/household-label';
export { locatePoint } from './locate';
export type { Located } from './locate';

/**
 * The names of scopes (communities, "community building" for buildings,
 * departments, stations, the county), by id: only the ids asked for.
 */
export async function namesOfScopes(db: Kysely<DB>, countyId: string, ids: string[]): Promise<Map<string, string>> {
  const names = await namesOfPlaceScopes(db, countyId, ids);
  if (ids.includes(countyId)) names.set(countyId, (await countyOf(db, countyId)).name);
  return names;
}
/** Labels of a set of places of one kind (communities, buildings, units, stations, departments, areas): one query for the set. */
export { buildingCommunity, communitiesByName, labelledBuildingsOf, namesOfPlaces, stationsByIds } from './repo';
export type { PlaceKind } from './repo';
/** A caller's buildings (with their communities' names), several buildings' units, several units' households: one query each. */
export { buildingsInScope, householdsOfUnits, unitsOfBuildings } from './repo';
export type { BuildingScope } from './repo';
