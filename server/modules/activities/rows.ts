import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { namesOfPlaces } from '../places/facade';
import { listTeams } from '../volunteers/facade';
import * as repo from './repo';
import type { ActivityRecord, ListedActivityRecord } from './repo';

/**
 * Activities as the pages show them: each with its organiser's name — the
 * team's (asked of volunteers), else the community's (asked of places) — one
 * query per facade per list, in the caller's transaction (under the
 * activity's row lock where the use case took it).
 */
export type ActivityRow = ActivityRecord & { organiserName: string };
export type ListedActivity = ListedActivityRecord & { organiserName: string };

type Organised = { teamId: string | null; communityId: string | null };

/** The rows with their organiser's name (null where neither the team nor the community is found). */
export async function withOrganiserNames<R extends Organised>(db: Kysely<DB>, countyId: string, rows: readonly R[]): Promise<(R & { organiserName: string | null })[]> {
  const [teams, communities] = await Promise.all([
    rows.some((r) => r.teamId) ? listTeams(db, countyId).then((ts) => new Map(ts.map((t) => [t.id, t.name] as const))) : new Map<string, string>(),
    namesOfPlaces(db, 'communities', rows.map((r) => r.communityId)),
  ]);
  return rows.map((r) => ({ ...r, organiserName: (r.teamId ? teams.get(r.teamId) : undefined) ?? (r.communityId ? communities.get(r.communityId) : undefined) ?? null }));
}

/**
 * The activity with its organiser's name. `lock` takes the row for the rest of
 * the transaction: seats are given out one request at a time.
 */
export async function loadActivity(db: Kysely<DB>, countyId: string, activityId: string, lock = false): Promise<ActivityRow> {
  const [row] = await withOrganiserNames(db, countyId, [await repo.activityRecord(db, countyId, activityId, lock)]);
  return row as ActivityRow;
}

/** One page of activities for the lists, with the caller's own sign-up (repo.listedActivities). */
export async function listedActivities(db: Kysely<DB>, p: Parameters<typeof repo.listedActivities>[1]): Promise<ListedActivity[]> {
  return (await withOrganiserNames(db, p.countyId, await repo.listedActivities(db, p))) as ListedActivity[];
}
