/** What other modules may ask of places. */
export { communityPoint, householdPlaces, findBuilding, findCommunity, findDepartment, listBuildingIds, listCommunities, listDepartments, listStations, findStation, namesOfScopes } from './repo';
export type { HouseholdPlace } from './repo';
export { householdLabel } from './domain/household-label';
export { locatePoint } from './locate';
export type { Located } from './locate';
