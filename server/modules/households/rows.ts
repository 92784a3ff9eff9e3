import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { adultBornBefore, adultsAmong, contactsOfUsers } from '../identity/facade';
import { householdIdsInScopes, householdPlaces, type HouseholdPlace } from '../places/facade';
import * as repo from './repo';

/**
 * Households' rows as the pages show them: a request with its household's
 * place (asked of places) and its applicant's name and phone (asked of
 * identity), one query per facade per list, in the caller's transaction.
 */
type Scopes = { buildingIds: string[]; communityIds: string[] };

/** Requests waiting in these buildings or communities, counted without reading them. */
export function countPendingInScopes(db: Kysely<DB>, countyId: string, scopes: Scopes): Promise<number> {
  return repo.countPendingInScopes(db, countyId, householdIdsInScopes(db, countyId, scopes));
}

export type QueueRow = Awaited<ReturnType<typeof repo.queueForScopes>>[number] & HouseholdPlace & { applicantName: string; applicantPhone: string | null };

/** A captain's or staff member's queue: pending oldest first, or decided latest first (at most 200). */
export async function queueForScopes(db: Kysely<DB>, countyId: string, scopes: Scopes, status: 'pending' | 'decided'): Promise<QueueRow[]> {
  const rows = await repo.queueForScopes(db, countyId, householdIdsInScopes(db, countyId, scopes), status);
  const [places, contacts] = await Promise.all([
    householdPlaces(db, countyId, [...new Set(rows.map((r) => r.householdId))]).then((ps) => new Map(ps.map((p) => [p.householdId, p] as const))),
    contactsOfUsers(db, rows.map((r) => r.userId)),
  ]);
  return rows.flatMap((r) => {
    const place = places.get(r.householdId);
    const applicant = contacts.get(r.userId);
    return place && applicant ? [{ ...r, ...place, applicantName: applicant.name, applicantPhone: applicant.phone }] : [];
  });
}

/** The adults living in a household now, by name (a co-guardian to choose, who may speak for it). */
export async function householdAdults(db: Kysely<DB>, householdId: string, now: Date): Promise<{ id: string; name: string }[]> {
  return adultsAmong(db, await repo.membersOf(db, householdId), adultBornBefore(now));
}
