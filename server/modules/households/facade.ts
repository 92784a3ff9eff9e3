import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { adultBornBefore } from '../identity/facade';
import { householdPlaces, HouseholdPlace } from '../places/facade';
import { countBoundHouseholds, countPendingInScopes, householdAdults } from './repo';

/** The home a person is bound to, with its place, or null. */
export async function currentHome(db: Kysely<DB>, countyId: string, userId: string): Promise<HouseholdPlace | null> {
  const home = db.selectFrom('householdRequests').select('householdId').where('userId', '=', userId).where('status', '=', 'approved');
  const [place] = await householdPlaces(db, countyId, home);
  return place ?? null;
}

/** The grown-ups living in a household now: who may speak for it (a child who turned 18 among them). */
export async function adultsOf(db: Kysely<DB>, householdId: string, now: Date): Promise<string[]> {
  return (await householdAdults(db, householdId, adultBornBefore(now))).map((r) => r.id);
}

export { countBoundHouseholds, countPendingInScopes };
export { endBindingsOf } from './repo';
