import type { Kysely } from 'kysely';
import type { DB, ReportStatus } from '../../db/schema';
import { holdersOf, userNames } from '../identity/facade';
import { listAreas, listDepartments, namesOfPlaces } from '../places/facade';
import type { ScoreboardRow } from './contracts';
import * as repo from './repo';

/**
 * Reports as the use cases read them: each with the names of its community
 * and department, asked of places (one query per kind for a whole list), in
 * the caller's transaction. The repo keeps to the reports' own tables.
 */
type Placed = { communityId: string | null; departmentId: string | null };
type Named<R> = R & { community: string | null; department: string | null };

export async function withPlaceNames<R extends Placed>(db: Kysely<DB>, rows: readonly R[]): Promise<Named<R>[]> {
  const [communities, departments] = await Promise.all([
    namesOfPlaces(db, 'communities', rows.map((r) => r.communityId)),
    namesOfPlaces(db, 'departments', rows.map((r) => r.departmentId)),
  ]);
  return rows.map((r) => ({
    ...r,
    community: (r.communityId ? communities.get(r.communityId) : undefined) ?? null,
    department: (r.departmentId ? departments.get(r.departmentId) : undefined) ?? null,
  }));
}

/** Everything a workflow step needs of the report row, with its community's and department's names. */
export async function caseRow(db: Kysely<DB>, countyId: string, reportId: string) {
  const record = await repo.caseRecord(db, countyId, reportId);
  if (!record) return undefined;
  const [row] = await withPlaceNames(db, [record]);
  return row;
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow>>>;

/** A line of a case list: the ids stay behind, the names go out. */
async function listed(db: Kysely<DB>, records: repo.CaseListRecord[]) {
  return (await withPlaceNames(db, records)).map(({ communityId: _c, departmentId: _d, ...row }) => row);
}

export type CaseListRow = Awaited<ReturnType<typeof listed>>[number];

export async function casesForReview(db: Kysely<DB>, countyId: string, communityIds: string[] | null, statuses: readonly ReportStatus[], oldestFirst: boolean) {
  return listed(db, await repo.casesForReview(db, countyId, communityIds, statuses, oldestFirst));
}

export async function casesOfDepartments(db: Kysely<DB>, countyId: string, departmentIds: string[], statuses: readonly ReportStatus[], byDeadline: boolean) {
  return listed(db, await repo.casesOfDepartments(db, countyId, departmentIds, statuses, byDeadline));
}

export async function overdueCases(db: Kysely<DB>, countyId: string, now: Date) {
  return listed(db, await repo.overdueCases(db, countyId, now));
}

export async function fixedCases(db: Kysely<DB>, countyId: string, before: Date | undefined, limit: number) {
  return withPlaceNames(db, await repo.fixedCases(db, countyId, before, limit));
}

/** The people who act for a department (asked of identity): told of new and escalated cases. */
export function handlersOf(db: Kysely<DB>, countyId: string, departmentId: string): Promise<string[]> {
  return holdersOf(db, countyId, 'handler', 'department', departmentId);
}

/** The county's departments by name (asked of places). */
export function departmentsOf(db: Kysely<DB>, countyId: string) {
  return listDepartments(db, countyId);
}

/** The county's areas by name (asked of places). */
export function areasOf(db: Kysely<DB>, countyId: string) {
  return listAreas(db, countyId);
}

/** A person's display name (asked of identity). */
export async function userName(db: Kysely<DB>, userId: string): Promise<{ name: string } | undefined> {
  const name = (await userNames(db, [userId])).get(userId);
  return name === undefined ? undefined : { name };
}

/** Every routing rule of the county with its area's and department's names. */
export async function allRoutingRules(db: Kysely<DB>, countyId: string) {
  const rules = await repo.allRoutingRules(db, countyId);
  const [areas, departments] = await Promise.all([
    namesOfPlaces(db, 'areas', rules.map((r) => r.areaId)),
    namesOfPlaces(db, 'departments', rules.map((r) => r.departmentId)),
  ]);
  return rules
    .filter((r) => departments.has(r.departmentId))
    .map((r) => ({ ...r, area: (r.areaId ? areas.get(r.areaId) : undefined) ?? null, department: departments.get(r.departmentId)! }));
}

/** Per department of the county, by name: the scoreboard's figures (reports' own events) beside the names places gives. */
export async function scoreboardRows(db: Kysely<DB>, countyId: string, now: Date): Promise<ScoreboardRow[]> {
  const departments = await listDepartments(db, countyId);
  const figures = new Map((await repo.scoreboardRecords(db, countyId, departments.map((d) => d.id), now)).map((r) => [r.departmentId, r] as const));
  return departments.map((d) => ({ ...figures.get(d.id)!, departmentId: d.id, department: d.name }));
}
