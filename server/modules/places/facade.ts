/** What other modules may ask of places. */
export { householdPlaces, findCommunity, namesOfScopes } from './repo';
export type { HouseholdPlace } from './repo';
export { householdLabel } from './domain/household-label';
