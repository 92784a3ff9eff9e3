import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { householdPlaces, HouseholdPlace } from '../places/facade';
import { countBoundHouseholds, countPendingInScopes } from './repo';

/** The home a person is bound to, with its place, or null. */
export async function currentHome(db: Kysely<DB>, countyId: string, userId: string): Promise<HouseholdPlace | null> {
  const row = await db
    .selectFrom('householdRequests')
    .select('householdId')
    .where('userId', '=', userId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  if (!row) return null;
  const [place] = await householdPlaces(db, countyId, [row.householdId]);
  return place ?? null;
}

export { countBoundHouseholds, countPendingInScopes };
