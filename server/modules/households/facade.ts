import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { householdPlaces, HouseholdPlace } from '../places/facade';
import { countBoundHouseholds, countPendingInScopes } from './repo';

/** The home a person is bound to, with its place, or null. */
export async function currentHome(db: Kysely<DB>, countyId: string, userId: string): Promise<HouseholdPlace | null> {
  const home = db.selectFrom('householdRequests').select('householdId').where('userId', '=', userId).where('status', '=', 'approved');
  const [place] = await householdPlaces(db, countyId, home);
  return place ?? null;
}

/** The grown-ups living in a household now: who may speak for it. */
export async function adultsOf(db: Kysely<DB>, householdId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('householdRequests as r')
    .innerJoin('users as u', 'u.id', 'r.userId')
    .select('u.id')
    .where('r.householdId', '=', householdId)
    .where('r.status', '=', 'approved')
    .where('u.isMinor', '=', false)
    .execute();
  return rows.map((r) => r.id);
}

export { countBoundHouseholds, countPendingInScopes };
