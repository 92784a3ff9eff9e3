import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { areaOfHousehold, householdPlaces, type AreaIdQuery, HouseholdPlace } from '../places/facade';
import { countBoundHouseholds, homeIdQuery, requestsOfUser } from './repo';
import { countPendingInScopes, householdAdults } from './rows';

/** The home a person is bound to, with its place, or null. */
export async function currentHome(db: Kysely<DB>, countyId: string, userId: string): Promise<HouseholdPlace | null> {
  const [place] = await householdPlaces(db, countyId, homeIdQuery(db, userId));
  return place ?? null;
}

/**
 * The 片区 of the home a person is bound to, as a subquery (no home, no row):
 * for a write that records it in the same statement, without a round trip.
 */
export function homeAreaQuery(db: Kysely<DB>, countyId: string, userId: string): AreaIdQuery {
  return areaOfHousehold(db, countyId, homeIdQuery(db, userId));
}

/** The grown-ups living in a household now: who may speak for it (a child who turned 18 among them). */
export async function adultsOf(db: Kysely<DB>, householdId: string, now: Date): Promise<string[]> {
  return (await householdAdults(db, householdId, now)).map((r) => r.id);
}

export { countBoundHouseholds, countPendingInScopes };
export { endBindingsOf } from './repo';
/** Who lives now in these households: (person, household) pairs, one query for the set. */
export { residentsOfHouseholds } from './repo';

/** The home a person asked to bind to and is waiting on (the captain has not decided yet), or null. */
export async function pendingHomeOf(db: Kysely<DB>, countyId: string, userId: string): Promise<HouseholdPlace | null> {
  const pending = (await requestsOfUser(db, userId)).find((r) => r.status === 'pending');
  if (!pending) return null;
  const [place] = await householdPlaces(db, countyId, [pending.householdId]);
  return place ?? null;
}
/** The buildings and communities whose binding requests this person reviews. */
export { reviewScopes } from './permissions';
/** A building's new captain bound to their own room there as they accept the invitation (the inviter vouches). */
export { bindInvitedCaptain } from './use-cases/bind-invited-captain';
