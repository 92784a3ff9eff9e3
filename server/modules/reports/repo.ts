import { sql, Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB, ReportStatus, ReportsTable } from '../../db/schema';
import type { ScoreboardRow } from './contracts';
import type { BoundingBox } from '../../core/geo';
import type { RoutingRule } from './domain/routing';
import { WORKING_STATUSES } from './domain/case-states';

export function activeCategories(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('reportCategories')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .where('active', '=', true)
    .orderBy('sort')
    .orderBy('name')
    .execute();
}

export function findActiveCategory(db: Kysely<DB>, countyId: string, categoryId: string) {
  return db
    .selectFrom('reportCategories')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .where('id', '=', categoryId)
    .where('active', '=', true)
    .executeTakeFirst();
}

export function routingRulesFor(db: Kysely<DB>, countyId: string, categoryId: string): Promise<RoutingRule[]> {
  return db
    .selectFrom('routingRules')
    .select(['categoryId', 'areaId', 'departmentId', 'deadlineHours'])
    .where('countyId', '=', countyId)
    .where('categoryId', '=', categoryId)
    .execute();
}

/**
 * Open reports of a category inside a box: the (county, category, status,
 * latitude, longitude) index does the work; the caller refines by distance.
 */
export function reportsInBox(db: Kysely<DB>, countyId: string, categoryId: string, statuses: readonly ReportStatus[], box: BoundingBox) {
  return db
    .selectFrom('reports as r')
    .innerJoin('reportCategories as c', 'c.id', 'r.categoryId')
    .select([
      'r.id',
      'c.name as category',
      'r.address',
      'r.description',
      'r.status',
      'r.submittedAt',
      'r.latitude',
      'r.longitude',
      sql<number>`(select count(*)::int from report_followers f where f.report_id = r.id)`.as('followers'),
    ])
    .where('r.countyId', '=', countyId)
    .where('r.categoryId', '=', categoryId)
    .where('r.status', 'in', [...statuses])
    .where('r.latitude', '>=', box.minLat)
    .where('r.latitude', '<=', box.maxLat)
    .where('r.longitude', '>=', box.minLng)
    .where('r.longitude', '<=', box.maxLng)
    .limit(200)
    .execute();
}

/** A report as submitted: not yet assigned, escalated or marked a duplicate. */
export type NewReport = Omit<ReportsTable, 'departmentId' | 'deadline' | 'escalated' | 'duplicateOf' | 'updatedAt' | 'submittedAt' | 'rating' | 'fixedAt' | 'foundBy'> & { submittedAt: Date };

/** Inserts the report unless this reporter already used the key; returns whether it was created. */
export async function insertReportOnce(db: Kysely<DB>, report: NewReport): Promise<boolean> {
  const row = await db
    .insertInto('reports')
    .values({ ...report, updatedAt: report.submittedAt, departmentId: null, deadline: null, duplicateOf: null, rating: null, fixedAt: null })
    .onConflict((oc) => oc.columns(['reporterId', 'idempotencyKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function reportByKey(db: Kysely<DB>, reporterId: string, idempotencyKey: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'status'])
    .where('reporterId', '=', reporterId)
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
}

/**
 * One more report for this reporter on this Beijing day. The table's CHECK
 * (count <= 20) refuses the 21st with a check violation (23514), which aborts
 * the transaction: the caller turns it into RATE_LIMITED.
 */
export async function countReportOfDay(db: Kysely<DB>, row: { countyId: string; reporterId: string; day: string }): Promise<void> {
  await sql`
    insert into report_daily_counts (county_id, reporter_id, day, count)
    values (${row.countyId}, ${row.reporterId}, ${row.day}, 1)
    on conflict (reporter_id, day) do update set count = report_daily_counts.count + 1`.execute(db);
}

export async function insertEvent(
  db: Kysely<DB>,
  event: { id: string; countyId: string; reportId: string; seq: number; type: string; actorKind: string; actorId: string | null; departmentId: string | null; data: Record<string, unknown>; at: Date },
): Promise<void> {
  await db
    .insertInto('reportEvents')
    .values({ ...event, data: JSON.stringify(event.data) })
    .execute();
}

export async function insertPhotos(
  db: Kysely<DB>,
  photos: { reportId: string; countyId: string; fileRef: string; stage: 'before' | 'after' | 'dispute'; eventSeq?: number; sort: number }[],
): Promise<void> {
  if (photos.length === 0) return;
  await db.insertInto('reportPhotos').values(photos).execute();
}

export function findReport(db: Kysely<DB>, countyId: string, reportId: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'reporterId', 'status'])
    .where('countyId', '=', countyId)
    .where('id', '=', reportId)
    .executeTakeFirst();
}

/** Follows once: the primary key (report, user) makes a second "me too" a no-op. */
export async function follow(db: Kysely<DB>, row: { reportId: string; userId: string; countyId: string; at: Date }): Promise<void> {
  await db
    .insertInto('reportFollowers')
    .values(row)
    .onConflict((oc) => oc.columns(['reportId', 'userId']).doNothing())
    .execute();
}

export async function followerCount(db: Kysely<DB>, reportId: string): Promise<number> {
  const row = await db
    .selectFrom('reportFollowers')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('reportId', '=', reportId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export function reportsOfReporter(db: Kysely<DB>, countyId: string, reporterId: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('reportCategories as c', 'c.id', 'r.categoryId')
    .select(['r.id', 'c.name as category', 'r.address', 'r.status', 'r.anonymous', 'r.submittedAt'])
    .where('r.countyId', '=', countyId)
    .where('r.reporterId', '=', reporterId)
    .where('r.foundBy', '=', 'resident')
    .orderBy('r.submittedAt', 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}

/** Reports with their category's name; the community's and department's come from places (rows.ts). */
function withNames(db: Kysely<DB>) {
  return db.selectFrom('reports as r').innerJoin('reportCategories as c', 'c.id', 'r.categoryId');
}

/** Holds the report row until the transaction ends: one step at a time per case. */
export async function lockReport(db: Kysely<DB>, countyId: string, reportId: string): Promise<void> {
  await db.selectFrom('reports').select('id').where('countyId', '=', countyId).where('id', '=', reportId).forUpdate().execute();
}

/** Everything a workflow step needs of the report row (rows.ts adds the community's and department's names). */
export function caseRecord(db: Kysely<DB>, countyId: string, reportId: string) {
  return withNames(db)
    .select([
      'r.id',
      'r.countyId',
      'r.communityId',
      'r.areaId',
      'r.categoryId',
      'c.name as category',
      'r.reporterId',
      'r.anonymous',
      'r.description',
      'r.latitude',
      'r.longitude',
      'r.address',
      'r.status',
      'r.version',
      'r.departmentId',
      'r.deadline',
      'r.escalated',
      'r.duplicateOf',
      'r.rating',
      'r.submittedAt',
      'r.foundBy',
    ])
    .where('r.countyId', '=', countyId)
    .where('r.id', '=', reportId)
    .executeTakeFirst();
}

export type CaseRecord = NonNullable<Awaited<ReturnType<typeof caseRecord>>>;

export function eventsOf(db: Kysely<DB>, reportId: string) {
  return db.selectFrom('reportEvents').selectAll().where('reportId', '=', reportId).orderBy('seq').execute();
}

export type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];

/**
 * Moves the row to its new state only if nobody moved it since we read it:
 * of two handlers fixing at once, the second finds the version changed (its
 * UPDATE waits for the first's row lock, then matches nothing). Returns
 * whether this caller won.
 */
export async function updateCaseRow(
  db: Kysely<DB>,
  reportId: string,
  expectedVersion: number,
  next: {
    status: ReportStatus;
    version: number;
    departmentId: string | null;
    deadline: string | null;
    escalated: boolean;
    duplicateOf: string | null;
    rating: number | null;
    fixedAt: string | null;
    updatedAt: string;
  },
): Promise<boolean> {
  const result = await db.updateTable('reports').set(next).where('id', '=', reportId).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function photosOf(db: Kysely<DB>, reportId: string) {
  return db.selectFrom('reportPhotos').select(['fileRef', 'stage', 'eventSeq', 'sort']).where('reportId', '=', reportId).orderBy('eventSeq').orderBy('sort').execute();
}

export function followersOf(db: Kysely<DB>, reportId: string) {
  return db.selectFrom('reportFollowers').select('userId').where('reportId', '=', reportId).execute();
}

/** The reporter and everyone who said "me too" now follow `originalId` too. */
export async function moveFollowers(db: Kysely<DB>, from: { id: string; reporterId: string }, originalId: string, countyId: string, at: Date): Promise<void> {
  await sql`
    insert into report_followers (report_id, user_id, county_id, at)
    select ${originalId}, u.user_id, ${countyId}, ${at}
    from (
      select ${from.reporterId}::uuid as user_id
      union select user_id from report_followers where report_id = ${from.id}
    ) u
    where u.user_id <> (select reporter_id from reports where id = ${originalId})
    on conflict (report_id, user_id) do nothing`.execute(db);
}

/**
 * The county's reports as every case list and count starts from them: the
 * same filters (below) make a queue's rows and the number a workbench shows
 * for it, so the two cannot drift apart.
 */
function reportsOf(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('reports as r').where('r.countyId', '=', countyId);
}

type Reports = ReturnType<typeof reportsOf>;

/** Where staff look: these communities, the whole county (null, the command centre), or the cases no community covers ('none'). */
type ReviewScope = readonly string[] | null | 'none';

/** Cases of these communities (reports_by_community leads with county and community). */
function inCommunities(q: Reports, scope: ReviewScope): Reports {
  if (scope === null) return q;
  if (scope === 'none') return q.where('r.communityId', 'is', null);
  return scope.length ? q.where('r.communityId', 'in', [...scope]) : q.where(sql<boolean>`false`);
}

/** Cases assigned to these departments (reports_by_department holds their working ones). */
function inDepartments(q: Reports, departmentIds: readonly string[]): Reports {
  return departmentIds.length ? q.where('r.departmentId', 'in', [...departmentIds]) : q.where(sql<boolean>`false`);
}

function inStates(q: Reports, statuses: readonly ReportStatus[]): Reports {
  return q.where('r.status', 'in', [...statuses]);
}

/** Working cases past their deadline: the only ones that can be overdue (reports_working_by_deadline). */
function overdue(q: Reports, now: Date): Reports {
  return inStates(q, WORKING_STATUSES).where('r.deadline', '<', now);
}

/** The columns every case list shows; never the reporter. */
function caseList(q: Reports) {
  return q
    .innerJoin('reportCategories as c', 'c.id', 'r.categoryId')
    .select([
      'r.id',
      'c.name as category',
      'r.address',
      'r.description',
      'r.communityId',
      'r.status',
      'r.submittedAt',
      'r.departmentId',
      'r.deadline',
      'r.escalated',
      'r.foundBy',
      sql<number>`(select count(*)::int from report_followers f where f.report_id = r.id)`.as('followers'),
      sql<string | null>`(select p.file_ref from report_photos p where p.report_id = r.id and p.stage = 'before' order by p.event_seq, p.sort limit 1)`.as('photo'),
    ])
    .limit(100);
}

export type CaseListRecord = Awaited<ReturnType<ReturnType<typeof caseList>['execute']>>[number];

/** The number of cases a filtered query holds, as a scalar subquery: several make one statement. */
function counted(q: Reports) {
  return q.select(sql<number>`count(*)::int`.as('n'));
}

/** Staff: cases of their communities (null = the whole county, for the command centre) in these states. */
export function casesForReview(db: Kysely<DB>, countyId: string, communityIds: string[] | null, statuses: readonly ReportStatus[], oldestFirst: boolean) {
  const query = caseList(inStates(inCommunities(reportsOf(db, countyId), communityIds), statuses));
  return (oldestFirst ? query.orderBy('r.submittedAt', 'asc') : query.orderBy('r.updatedAt', 'desc')).orderBy('r.id').execute();
}

/** A department's cases: working ones by deadline (most urgent first), done ones newest fix first. */
export function casesOfDepartments(db: Kysely<DB>, countyId: string, departmentIds: string[], statuses: readonly ReportStatus[], byDeadline: boolean) {
  const query = caseList(inStates(inDepartments(reportsOf(db, countyId), departmentIds), statuses));
  return (byDeadline ? query.orderBy('r.deadline', 'asc') : query.orderBy('r.fixedAt', 'desc')).orderBy('r.id').execute();
}

/** Working cases past their deadline, the longest overdue first. */
export function overdueCases(db: Kysely<DB>, countyId: string, now: Date) {
  return caseList(overdue(reportsOf(db, countyId), now)).orderBy('r.deadline', 'asc').orderBy('r.id').execute();
}

/**
 * A staff member's workbench in one statement: their communities' cases in
 * the queue's `waiting` states, and those past their deadline.
 */
export async function staffCaseCountsOf(db: Kysely<DB>, countyId: string, communityIds: readonly string[], waiting: readonly ReportStatus[], now: Date) {
  const mine = () => inCommunities(reportsOf(db, countyId), communityIds);
  const row = await db.selectNoFrom([counted(inStates(mine(), waiting)).as('toAccept'), counted(overdue(mine(), now)).as('overdue')]).executeTakeFirstOrThrow();
  return { toAccept: row.toAccept ?? 0, overdue: row.overdue ?? 0 };
}

/** A handler's workbench in one statement: their departments' cases to start, in progress, and past their deadline. */
export async function handlerCaseCountsOf(db: Kysely<DB>, countyId: string, departmentIds: readonly string[], now: Date) {
  const theirs = () => inDepartments(reportsOf(db, countyId), departmentIds);
  const row = await db
    .selectNoFrom([
      counted(inStates(theirs(), ['assigned'])).as('toStart'),
      counted(inStates(theirs(), ['in_progress'])).as('inProgress'),
      counted(overdue(theirs(), now)).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { toStart: row.toStart ?? 0, inProgress: row.inProgress ?? 0, overdue: row.overdue ?? 0 };
}

/**
 * The command centre's workbench in one statement: cases in the queue's
 * `waiting` states that no community covers (only the command centre reviews
 * them), and every case past its deadline.
 */
export async function commandCaseCountsOf(db: Kysely<DB>, countyId: string, waiting: readonly ReportStatus[], now: Date) {
  const county = () => reportsOf(db, countyId);
  const row = await db.selectNoFrom([counted(inStates(inCommunities(county(), 'none'), waiting)).as('unclaimed'), counted(overdue(county(), now)).as('overdue')]).executeTakeFirstOrThrow();
  return { unclaimed: row.unclaimed ?? 0, overdue: row.overdue ?? 0 };
}

/** Fixed cases for the public gallery, newest fix first, with their first before and latest after photo. */
export function fixedCases(db: Kysely<DB>, countyId: string, before: Date | undefined, limit: number) {
  let query = withNames(db)
    .select([
      'r.id',
      'c.name as category',
      'r.address',
      'r.communityId',
      'r.departmentId',
      'r.submittedAt',
      'r.fixedAt',
      'r.rating',
      sql<string | null>`(select p.file_ref from report_photos p where p.report_id = r.id and p.stage = 'before' order by p.event_seq, p.sort limit 1)`.as('before'),
      sql<string | null>`(select p.file_ref from report_photos p where p.report_id = r.id and p.stage = 'after' order by p.event_seq desc, p.sort limit 1)`.as('after'),
    ])
    .where('r.countyId', '=', countyId)
    .where('r.fixedAt', 'is not', null)
    .where('r.status', 'in', ['fixed', 'confirmed', 'closed'])
    .orderBy('r.fixedAt', 'desc')
    .orderBy('r.id')
    .limit(limit);
  if (before) query = query.where('r.fixedAt', '<', before);
  return query.execute();
}

/**
 * Per department (the ids places gives, rows.ts adds the names): cases received (ever assigned), fixes (on time), overdue
 * now, median hours to fix, satisfaction. Read from the events that recorded
 * each fact when it happened, so a later reassignment does not rewrite history.
 */
export async function scoreboardRecords(db: Kysely<DB>, countyId: string, departmentIds: readonly string[], now: Date): Promise<Omit<ScoreboardRow, 'department'>[]> {
  if (departmentIds.length === 0) return [];
  const result = await sql<Omit<ScoreboardRow, 'department'>>`
    select d.id as department_id,
      (select count(distinct e.report_id)::int from report_events e
         where e.county_id = ${countyId} and e.department_id = d.id and e.type = 'assigned') as received,
      (select count(*)::int from report_events e
         where e.county_id = ${countyId} and e.department_id = d.id and e.type = 'fixed') as fixed,
      (select count(*)::int from report_events e
         where e.county_id = ${countyId} and e.department_id = d.id and e.type = 'fixed' and (e.data->>'onTime')::boolean) as fixed_on_time,
      (select count(*)::int from reports r
         where r.county_id = ${countyId} and r.department_id = d.id and r.status in ('assigned','in_progress') and r.deadline < ${now}) as overdue,
      (select percentile_cont(0.5) within group (order by (e.data->>'hoursToFix')::float8) from report_events e
         where e.county_id = ${countyId} and e.department_id = d.id and e.type = 'fixed') as median_hours_to_fix,
      (select avg(r.rating)::float8 from reports r
         where r.county_id = ${countyId} and r.department_id = d.id and r.rating is not null) as satisfaction,
      (select count(*)::int from reports r
         where r.county_id = ${countyId} and r.department_id = d.id and r.rating is not null) as rated
    from unnest(${[...departmentIds]}::uuid[]) as d(id)`.execute(db);
  return result.rows;
}

/** Cases the scheduler must look at: overdue and not yet escalated, or fixed long enough ago to close. */
export async function casesDue(db: Kysely<DB>, now: Date, fixedBefore: Date, limit: number, countyId?: string) {
  const base = () => {
    const query = db.selectFrom('reports').select(['id', 'countyId']);
    return countyId ? query.where('countyId', '=', countyId) : query;
  };
  const overdue = await base()
    .where('status', 'in', ['assigned', 'in_progress'])
    .where('deadline', '<', now)
    .where('escalated', '=', false)
    .orderBy('deadline')
    .limit(limit)
    .execute();
  const stale = await base()
    .where('status', '=', 'fixed')
    .where('fixedAt', '<', fixedBefore)
    .orderBy('fixedAt')
    .limit(limit)
    .execute();
  return { overdue, stale };
}

export function allCategories(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('reportCategories').select(['id', 'name', 'active', 'sort']).where('countyId', '=', countyId).orderBy('sort').orderBy('name').execute();
}

export function allRoutingRules(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('routingRules as r')
    .select(['r.categoryId', 'r.areaId', 'r.departmentId', 'r.deadlineHours'])
    .where('r.countyId', '=', countyId)
    .execute();
}

/** New problem types of the county. A name twice in one county meets the unique key (county_id, name): that settles a race no read before can. */
export async function insertCategories(db: Kysely<DB>, rows: { id: string; countyId: string; name: string; sort: number; active: boolean }[]): Promise<void> {
  await db.insertInto('reportCategories').values(rows).execute();
}

/**
 * Renames a problem type or switches it on or off. By id alone: the caller has
 * read the county's categories and checked this one is among them. Filed
 * reports keep pointing at the row, so they follow the new name.
 */
export async function updateCategory(db: Kysely<DB>, categoryId: string, change: { name: string; active: boolean }): Promise<void> {
  await db.updateTable('reportCategories').set({ name: change.name, active: change.active }).where('id', '=', categoryId).execute();
}

export async function nextCategorySort(db: Kysely<DB>, countyId: string): Promise<number> {
  const row = await db
    .selectFrom('reportCategories')
    .select(sql<number>`coalesce(max(sort), 0)::int + 1`.as('next'))
    .where('countyId', '=', countyId)
    .executeTakeFirstOrThrow();
  return row.next;
}

/** Sets the rule for (category, area); area null is the county-wide one. One per pair (a unique index). */
export async function upsertRule(db: Kysely<DB>, rule: { countyId: string; categoryId: string; areaId: string | null; departmentId: string; deadlineHours: number }): Promise<void> {
  const updated = await db
    .updateTable('routingRules')
    .set({ departmentId: rule.departmentId, deadlineHours: rule.deadlineHours })
    .where('countyId', '=', rule.countyId)
    .where('categoryId', '=', rule.categoryId)
    .where((eb) => (rule.areaId === null ? eb('areaId', 'is', null) : eb('areaId', '=', rule.areaId)))
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db.insertInto('routingRules').values({ id: newId(), ...rule }).execute();
  }
}

export async function removeAreaRule(db: Kysely<DB>, countyId: string, categoryId: string, areaId: string): Promise<void> {
  await db.deleteFrom('routingRules').where('countyId', '=', countyId).where('categoryId', '=', categoryId).where('areaId', '=', areaId).execute();
}

/** Every report a person filed (their own data, for 个人信息查阅). */
export function reportsByReporter(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('reportCategories as c', 'c.id', 'r.categoryId')
    .select(['c.name as category', 'r.description', 'r.address', 'r.status', 'r.submittedAt', 'r.anonymous'])
    .where('r.reporterId', '=', userId)
    .orderBy('r.submittedAt')
    .execute();
}

/** The problem type of cases found by 督查暗访: kept switched off, so residents never pick it. Made once per county. */
export async function inspectionCategory(db: Kysely<DB>, countyId: string, id: string, name: string): Promise<string> {
  await db.insertInto('reportCategories').values({ id, countyId, name, sort: 1000, active: false }).onConflict((oc) => oc.columns(['countyId', 'name']).doNothing()).execute();
  const row = await db.selectFrom('reportCategories').select('id').where('countyId', '=', countyId).where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** A case found by an inspection, already assigned to its department with a deadline; false if this key was used. */
export async function insertInspectionReport(
  db: Kysely<DB>,
  r: NewReport & { departmentId: string; deadline: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('reports')
    .values({ ...r, foundBy: 'inspection', updatedAt: r.submittedAt, escalated: false, duplicateOf: null, rating: null, fixedAt: null })
    .onConflict((oc) => oc.columns(['reporterId', 'idempotencyKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The monthly assessment's 随手拍 parts, per community of the case: of the
 * cases due in [from, to) that are decided by `now` (fixed, or past the
 * deadline), how many were fixed by the deadline; and the residents' ratings
 * (1–5) of the cases fixed in [from, to).
 */
export async function communityHandlingOf(
  db: Kysely<DB>,
  countyId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<{ communityId: string; due: number; onTime: number; rated: number; ratingSum: number }[]> {
  const rows = await db
    .selectFrom('reports as r')
    .select([
      'r.communityId',
      sql<number>`(count(*) filter (where r.deadline >= ${from} and r.deadline < ${to} and (r.fixed_at is not null or r.deadline < ${now})))::int`.as('due'),
      sql<number>`(count(*) filter (where r.deadline >= ${from} and r.deadline < ${to} and r.fixed_at is not null and r.fixed_at <= r.deadline))::int`.as('onTime'),
      sql<number>`(count(*) filter (where r.rating is not null and r.fixed_at >= ${from} and r.fixed_at < ${to}))::int`.as('rated'),
      sql<number>`(coalesce(sum(r.rating) filter (where r.rating is not null and r.fixed_at >= ${from} and r.fixed_at < ${to}), 0))::int`.as('ratingSum'),
    ])
    .where('r.countyId', '=', countyId)
    .where('r.communityId', 'is not', null)
    .where((eb) => eb.or([eb.and([eb('r.deadline', '>=', from), eb('r.deadline', '<', to)]), eb.and([eb('r.fixedAt', '>=', from), eb('r.fixedAt', '<', to)])]))
    .groupBy('r.communityId')
    .execute();
  return rows.map((r) => ({ ...r, communityId: r.communityId! }));
}
