import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** 督查暗访's SQL: checklists, sites, rounds, assignments, inspections and their items. Every query is county-scoped. */

export async function currentChecklists(db: Kysely<DB>, countyId: string) {
  const { rows } = await sql<{ id: string; siteType: string; title: string; version: number; createdAt: Date; itemCount: number; maxScore: number }>`
    select distinct on (c.site_type) c.id, c.site_type as "siteType", c.title, c.version, c.created_at as "createdAt",
      (select count(*)::int from inspection_checklist_items i where i.checklist_id = c.id) as "itemCount",
      (select coalesce(sum(points), 0)::int from inspection_checklist_items i where i.checklist_id = c.id) as "maxScore"
    from inspection_checklists c
    where c.county_id = ${countyId}
    order by c.site_type, c.version desc`.execute(db);
  return rows;
}

export function currentChecklistOf(db: Kysely<DB>, countyId: string, siteType: string) {
  return db
    .selectFrom('inspectionChecklists')
    .select(['id', 'siteType', 'title', 'version', 'createdAt'])
    .where('countyId', '=', countyId)
    .where('siteType', '=', siteType)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function checklistById(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('inspectionChecklists').select(['id', 'siteType', 'title', 'version', 'createdAt']).where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

export function itemsOf(db: Kysely<DB>, checklistId: string) {
  return db.selectFrom('inspectionChecklistItems').select(['sort', 'title', 'standard', 'points']).where('checklistId', '=', checklistId).orderBy('sort').execute();
}

/** A new version: one more than the latest (two admins saving at once: the unique key refuses the second). */
export async function insertChecklistVersion(
  db: Kysely<DB>,
  c: { id: string; countyId: string; siteType: string; title: string; createdBy: string; createdAt: Date },
  items: { title: string; standard: string; points: number }[],
): Promise<number> {
  const latest = await db.selectFrom('inspectionChecklists').select(sql<number>`coalesce(max(version), 0)::int`.as('v')).where('countyId', '=', c.countyId).where('siteType', '=', c.siteType).executeTakeFirstOrThrow();
  const version = latest.v + 1;
  await db.insertInto('inspectionChecklists').values({ ...c, version }).execute();
  await db
    .insertInto('inspectionChecklistItems')
    .values(items.map((item, sort) => ({ checklistId: c.id, countyId: c.countyId, sort, ...item })))
    .execute();
  return version;
}

const SITE_COLUMNS = ['id', 'name', 'siteType', 'communityId', 'areaId', 'departmentId', 'address', 'latitude', 'longitude', 'retiredAt', 'version'] as const;
export type SiteRow = { id: string; name: string; siteType: string; communityId: string; areaId: string; departmentId: string; address: string; latitude: number; longitude: number; retiredAt?: Date | null; version: number };

export function listSites(db: Kysely<DB>, countyId: string): Promise<SiteRow[]> {
  return db.selectFrom('inspectionSites').select([...SITE_COLUMNS]).where('countyId', '=', countyId).orderBy('siteType').orderBy('name').execute();
}

export function sitesByIds(db: Kysely<DB>, countyId: string, ids: readonly string[]): Promise<SiteRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('inspectionSites').select([...SITE_COLUMNS]).where('countyId', '=', countyId).where('id', 'in', [...ids]).execute();
}

/** Candidates for a random sample: of these types and areas (none chosen: any); never a retired site. */
export function sitesWhere(db: Kysely<DB>, countyId: string, siteTypes: readonly string[], areaIds: readonly string[]): Promise<SiteRow[]> {
  return db
    .selectFrom('inspectionSites')
    .select([...SITE_COLUMNS])
    .where('countyId', '=', countyId)
    .$if(siteTypes.length > 0, (q) => q.where('siteType', 'in', [...siteTypes]))
    .$if(areaIds.length > 0, (q) => q.where('areaId', 'in', [...areaIds]))
    .where('retiredAt', 'is', null)
    .orderBy('id')
    .execute();
}

/** Whether another site of the county already has this name. */
export async function siteNameTaken(db: Kysely<DB>, countyId: string, name: string, exceptId: string): Promise<boolean> {
  const taken = await db.selectFrom('inspectionSites').select('id').where('countyId', '=', countyId).where('name', '=', name).where('id', '<>', exceptId).executeTakeFirst();
  return taken !== undefined;
}

/**
 * A site's edit rewrites it, only onto the version the admin saw, and raises
 * the version; false (nothing written) when the site changed since. Inspections
 * keep their own copy.
 */
export async function updateSite(
  db: Kysely<DB>,
  countyId: string,
  id: string,
  version: number,
  site: { name: string; siteType: string; communityId: string; areaId: string; departmentId: string; address: string; latitude: number; longitude: number },
  at: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('inspectionSites')
    .set({ ...site, updatedAt: at, version: sql<number>`version + 1` })
    .where('countyId', '=', countyId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function findSite(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('inspectionSites').select([...SITE_COLUMNS]).where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

export function lockSite(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('inspectionSites').select([...SITE_COLUMNS]).where('countyId', '=', countyId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setSiteRetired(db: Kysely<DB>, countyId: string, id: string, retiredAt: Date | null, at: Date): Promise<void> {
  await db.updateTable('inspectionSites').set({ retiredAt, updatedAt: at, version: sql<number>`version + 1` }).where('countyId', '=', countyId).where('id', '=', id).execute();
}

export async function insertSite(db: Kysely<DB>, site: Omit<SiteRow, 'version'> & { countyId: string; createdAt: Date }): Promise<boolean> {
  const row = await db.insertInto('inspectionSites').values(site).onConflict((oc) => oc.columns(['countyId', 'name']).doNothing()).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function insertRound(
  db: Kysely<DB>,
  round: { id: string; countyId: string; title: string; kind: 'quarterly' | 'ad_hoc'; fixHours: number; createdBy: string; createdAt: Date },
  assignments: { siteId: string; inspectorIds: string[] }[],
): Promise<void> {
  await db.insertInto('inspectionRounds').values(round).execute();
  await db
    .insertInto('inspectionAssignments')
    .values(assignments.map((a) => ({ roundId: round.id, countyId: round.countyId, siteId: a.siteId, inspectorIds: a.inspectorIds })))
    .execute();
}

const roundColumns = ['r.id', 'r.title', 'r.kind', 'r.fixHours', 'r.status', 'r.createdAt', 'r.publishedAt'] as const;

/** Rounds with how many sites they have and how many were inspected, newest first. */
export function listRounds(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('inspectionRounds as r')
    .select([
      ...roundColumns,
      (eb) => eb.selectFrom('inspectionAssignments as a').select(sql<number>`count(*)::int`.as('n')).whereRef('a.roundId', '=', 'r.id').as('sites'),
      (eb) => eb.selectFrom('inspections as i').select(sql<number>`count(*)::int`.as('n')).whereRef('i.roundId', '=', 'r.id').as('inspected'),
    ])
    .where('r.countyId', '=', countyId)
    .orderBy('r.createdAt', 'desc')
    .limit(100)
    .execute();
}

/**
 * Published rounds, newest first, each with how many sites were inspected and
 * the sum of their scores and of what they could score: one query for the
 * bulletin list, however many rounds there are.
 */
export function publishedRoundScores(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('inspectionRounds as r')
    .leftJoin('inspections as i', (j) => j.onRef('i.roundId', '=', 'r.id').onRef('i.countyId', '=', 'r.countyId'))
    .select(['r.id', 'r.title', 'r.kind', 'r.publishedAt', sql<number>`count(i.id)::int`.as('inspected'), sql<number>`coalesce(sum(i.score), 0)::int`.as('score'), sql<number>`coalesce(sum(i.max_score), 0)::int`.as('maxScore')])
    .where('r.countyId', '=', countyId)
    .where('r.status', '=', 'published')
    .groupBy('r.id')
    .orderBy('r.publishedAt', 'desc')
    .limit(100)
    .execute();
}

export function findRound(db: Kysely<DB>, countyId: string, roundId: string) {
  return db.selectFrom('inspectionRounds as r').select([...roundColumns]).where('r.countyId', '=', countyId).where('r.id', '=', roundId).executeTakeFirst();
}

/** A round's sites with their team and inspection (if any). */
export function assignmentsOf(db: Kysely<DB>, countyId: string, roundId: string) {
  return db
    .selectFrom('inspectionAssignments as a')
    .leftJoin('inspections as i', (j) => j.onRef('i.roundId', '=', 'a.roundId').onRef('i.siteId', '=', 'a.siteId'))
    .select(['a.siteId', 'a.inspectorIds', 'i.id as inspectionId', 'i.score', 'i.maxScore', 'i.submittedAt', 'i.inspectorId'])
    .where('a.countyId', '=', countyId)
    .where('a.roundId', '=', roundId)
    .execute();
}

/** The inspector's sites in rounds not yet published, and in published ones with findings to recheck. */
export function assignmentsOfInspector(db: Kysely<DB>, countyId: string, inspectorId: string) {
  return db
    .selectFrom('inspectionAssignments as a')
    .innerJoin('inspectionRounds as r', 'r.id', 'a.roundId')
    .leftJoin('inspections as i', (j) => j.onRef('i.roundId', '=', 'a.roundId').onRef('i.siteId', '=', 'a.siteId'))
    .select(['a.roundId', 'r.title as roundTitle', 'a.siteId', 'a.inspectorIds', 'i.id as inspectionId', 'i.score', 'i.maxScore', 'i.submittedAt'])
    .where('a.countyId', '=', countyId)
    // Open rounds, and published ones while a finding still waits for its 复查.
    .where(sql<boolean>`(r.status = 'open' or exists (select 1 from inspection_results x where x.inspection_id = i.id and not x.passed and x.rechecked_at is null))`)
    .where(sql<boolean>`a.inspector_ids @> array[${inspectorId}]::uuid[]`)
    .orderBy('r.createdAt', 'desc')
    .execute();
}

export function assignmentOf(db: Kysely<DB>, countyId: string, roundId: string, siteId: string) {
  return db
    .selectFrom('inspectionAssignments as a')
    .innerJoin('inspectionRounds as r', 'r.id', 'a.roundId')
    .select(['a.roundId', 'a.siteId', 'a.inspectorIds', 'r.title as roundTitle', 'r.status', 'r.fixHours'])
    .where('a.countyId', '=', countyId)
    .where('a.roundId', '=', roundId)
    .where('a.siteId', '=', siteId)
    .executeTakeFirst();
}

/**
 * Holds the site's assignment in this round until the transaction ends: two
 * inspectors submitting the same site at once are served one after the other,
 * and the second finds the first one's inspection.
 */
export async function lockAssignment(db: Kysely<DB>, countyId: string, roundId: string, siteId: string): Promise<void> {
  await db.selectFrom('inspectionAssignments').select('siteId').where('countyId', '=', countyId).where('roundId', '=', roundId).where('siteId', '=', siteId).forUpdate().execute();
}

export function inspectionAt(db: Kysely<DB>, roundId: string, siteId: string) {
  return db.selectFrom('inspections').select(['id', 'score', 'maxScore']).where('roundId', '=', roundId).where('siteId', '=', siteId).executeTakeFirst();
}

export async function insertInspection(
  db: Kysely<DB>,
  i: {
    id: string;
    countyId: string;
    roundId: string;
    siteId: string;
    checklistId: string;
    inspectorId: string;
    score: number;
    maxScore: number;
    latitude: number | null;
    longitude: number | null;
    submittedAt: Date;
    siteName: string;
    siteType: string;
    communityId: string;
    areaId: string;
    departmentId: string;
  },
): Promise<void> {
  await db.insertInto('inspections').values(i).execute();
}

export async function insertResults(
  db: Kysely<DB>,
  rows: { inspectionId: string; countyId: string; sort: number; title: string; points: number; passed: boolean; note: string; photo: string | null; reportId: string | null }[],
): Promise<void> {
  await db.insertInto('inspectionResults').values(rows).execute();
}

export function findingsOf(db: Kysely<DB>, inspectionIds: readonly string[]) {
  if (inspectionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inspectionResults')
    .select(['inspectionId', 'sort', 'title', 'points', 'note', 'photo', 'reportId', 'recheckedAt'])
    .where('inspectionId', 'in', [...inspectionIds])
    .where('passed', '=', false)
    .orderBy('inspectionId')
    .orderBy('sort')
    .execute();
}

/** A failed item of an inspection, held for its 复查. */
export function lockFinding(db: Kysely<DB>, countyId: string, inspectionId: string, sort: number) {
  return db
    .selectFrom('inspectionResults as r')
    .innerJoin('inspections as i', 'i.id', 'r.inspectionId')
    .select(['r.inspectionId', 'r.sort', 'r.passed', 'r.reportId', 'r.recheckedAt', 'i.roundId', 'i.siteId'])
    .where('r.countyId', '=', countyId)
    .where('r.inspectionId', '=', inspectionId)
    .where('r.sort', '=', sort)
    .forUpdate()
    .executeTakeFirst();
}

export async function markRechecked(db: Kysely<DB>, inspectionId: string, sort: number, by: string, at: Date): Promise<void> {
  await db.updateTable('inspectionResults').set({ recheckedAt: at, recheckedBy: by }).where('inspectionId', '=', inspectionId).where('sort', '=', sort).where('recheckedAt', 'is', null).execute();
}

/** Publishes an open round (once: a second publish changes nothing). */
export async function publishRound(db: Kysely<DB>, countyId: string, roundId: string, by: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('inspectionRounds')
    .set({ status: 'published', publishedAt: at, publishedBy: by })
    .where('countyId', '=', countyId)
    .where('id', '=', roundId)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The inspections of a round (the bulletin's material). */
export function inspectionsOf(db: Kysely<DB>, countyId: string, roundId: string) {
  return db
    .selectFrom('inspections')
    .select(['id', 'siteId', 'score', 'maxScore', 'inspectorId', 'siteName', 'siteType', 'communityId', 'areaId', 'departmentId'])
    .where('countyId', '=', countyId)
    .where('roundId', '=', roundId)
    .execute();
}

/** How many sites wait for this inspector in open rounds (工作台). */
export async function sitesToVisit(db: Kysely<DB>, countyId: string, inspectorId: string): Promise<number> {
  const row = await db
    .selectFrom('inspectionAssignments as a')
    .innerJoin('inspectionRounds as r', 'r.id', 'a.roundId')
    .leftJoin('inspections as i', (j) => j.onRef('i.roundId', '=', 'a.roundId').onRef('i.siteId', '=', 'a.siteId'))
    .select(sql<number>`count(*)::int`.as('n'))
    .where('a.countyId', '=', countyId)
    .where('r.status', '=', 'open')
    .where('i.id', 'is', null)
    .where(sql<boolean>`a.inspector_ids @> array[${inspectorId}]::uuid[]`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * The monthly assessment's inspection part: per community, the points got and
 * the points possible of the inspections submitted in [from, to) whose round is
 * published (a round still hidden tells nobody anything, the ranking included).
 */
export async function communityScoreTotals(db: Kysely<DB>, countyId: string, from: Date, to: Date): Promise<{ communityId: string; score: number; maxScore: number; inspections: number }[]> {
  return db
    .selectFrom('inspections as i')
    .innerJoin('inspectionRounds as r', 'r.id', 'i.roundId')
    .select(['i.communityId', sql<number>`sum(i.score)::int`.as('score'), sql<number>`sum(i.max_score)::int`.as('maxScore'), sql<number>`count(*)::int`.as('inspections')])
    .where('i.countyId', '=', countyId)
    .where('r.status', '=', 'published')
    .where('i.submittedAt', '>=', from)
    .where('i.submittedAt', '<', to)
    .groupBy('i.communityId')
    .execute();
}
