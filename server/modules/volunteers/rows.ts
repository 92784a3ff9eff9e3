import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { certifiedMinutesBy, certifiedMinutesOfUsers, certifiedRecords, certifiedTotals, openActivitiesOfTeam } from '../activities/facade';
import { namesOfPlaces } from '../places/facade';
import * as repo from './repo';

/**
 * Volunteers' rows as the use cases show them: the community's name asked of
 * places, certified hours and coming activities asked of activities (which
 * owns them), one query per facade for a whole list, in the caller's
 * transaction. The repo keeps to the volunteers' own tables.
 */

/** The person's profile with their community's name. */
export async function findProfile(db: Kysely<DB>, userId: string) {
  const record = await repo.profileRecord(db, userId);
  if (!record) return undefined;
  const names = await namesOfPlaces(db, 'communities', [record.communityId]);
  const communityName = names.get(record.communityId);
  return communityName === undefined ? undefined : { ...record, communityName };
}

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/** Membership rows with each volunteer's community's name and certified minutes. */
async function withNamesAndMinutes(db: Kysely<DB>, records: readonly repo.RosterRecord[]) {
  const [communities, minutes] = await Promise.all([
    namesOfPlaces(db, 'communities', records.map((r) => r.communityId)),
    certifiedMinutesOfUsers(db, records.map((r) => r.userId)),
  ]);
  return records
    .filter((r) => communities.has(r.communityId))
    .map(({ communityId, ...r }) => ({ ...r, communityName: communities.get(communityId)!, minutes: minutes.get(r.userId) ?? 0 }));
}

export type RosterRow = Awaited<ReturnType<typeof withNamesAndMinutes>>[number];

/** Pending and approved rows, pending first. */
export async function roster(db: Kysely<DB>, teamId: string, userId?: string): Promise<RosterRow[]> {
  return withNamesAndMinutes(db, await repo.rosterRecords(db, teamId, userId));
}

/** A row as it is after a decision (whatever its status): for the deciding manager. */
export async function memberRow(db: Kysely<DB>, memberId: string): Promise<RosterRow> {
  const [row] = await withNamesAndMinutes(db, [await repo.memberRecord(db, memberId)]);
  if (!row) throw new Error(`member ${memberId}: no community`);
  return row;
}

/** Certified minutes and the number of activities they came from. */
export function hoursTotals(db: Kysely<DB>, userId: string) {
  return certifiedTotals(db, userId);
}

/** The person's certified records, newest first; the organiser is the activity's team or community. */
export async function hoursRecords(db: Kysely<DB>, userId: string) {
  const records = await certifiedRecords(db, userId);
  const [teams, communities] = await Promise.all([
    repo.teamNamesInOrder(db, records.flatMap((r) => r.teamId ?? [])),
    namesOfPlaces(db, 'communities', records.map((r) => r.communityId)),
  ]);
  return records.map(({ teamId, communityId, ...r }) => ({
    ...r,
    organiser: (teamId ? teams.get(teamId) : undefined) ?? (communityId ? communities.get(communityId) : undefined) ?? '',
  }));
}

export type HoursRow = Awaited<ReturnType<typeof hoursRecords>>[number];

/** The most minutes first, then by name in the database's order (the names map runs in it). */
function ranked(sums: { id: string; minutes: number }[], names: Map<string, string>, limit: number) {
  const position = new Map([...names.keys()].map((id, i) => [id, i] as const));
  return sums
    .filter((s) => names.has(s.id))
    .sort((a, b) => b.minutes - a.minutes || position.get(a.id)! - position.get(b.id)!)
    .slice(0, limit)
    .map((s) => ({ id: s.id, name: names.get(s.id)!, minutes: s.minutes }));
}

/** Minutes by team served in [from, to] (Beijing days), top `limit`. */
export async function minutesByTeam(db: Kysely<DB>, countyId: string, from: string, to: string, limit: number) {
  const sums = await certifiedMinutesBy(db, countyId, 'teamId', from, to);
  return ranked(sums, await repo.teamNamesInOrder(db, sums.map((s) => s.id)), limit);
}

/** Minutes by community served in [from, to] (Beijing days), top `limit`. */
export async function minutesByCommunity(db: Kysely<DB>, countyId: string, from: string, to: string, limit: number) {
  const sums = await certifiedMinutesBy(db, countyId, 'communityId', from, to);
  return ranked(sums, await namesOfPlaces(db, 'communities', sums.map((s) => s.id)), limit);
}

/** The team's open activities that have not ended yet, soonest first (asked of activities). */
export function upcomingActivities(db: Kysely<DB>, countyId: string, teamId: string, now: Date, limit: number) {
  return openActivitiesOfTeam(db, countyId, teamId, now, limit);
}

/** A volunteer's profile and total certified hours (their own data, for 个人信息查阅). */
export async function volunteerRecordOf(db: Kysely<DB>, userId: string) {
  const profile = await repo.contactOfVolunteer(db, userId);
  if (!profile) return null;
  const { minutes } = await certifiedTotals(db, userId);
  return { ...profile, hours: Math.round(minutes / 6) / 10 };
}
