import { sql, Kysely } from 'kysely';
import type { DB, ReportStatus, ReportsTable } from '../../db/schema';
import type { BoundingBox } from './domain/geo';
import type { RoutingRule } from './domain/routing';

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
export type NewReport = Omit<ReportsTable, 'departmentId' | 'deadline' | 'escalated' | 'duplicateOf' | 'updatedAt' | 'submittedAt'> & { submittedAt: Date };

/** Inserts the report unless this reporter already used the key; returns whether it was created. */
export async function insertReportOnce(db: Kysely<DB>, report: NewReport): Promise<boolean> {
  const row = await db
    .insertInto('reports')
    .values({ ...report, updatedAt: report.submittedAt, departmentId: null, deadline: null, duplicateOf: null })
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

export async function insertPhotos(db: Kysely<DB>, photos: { reportId: string; countyId: string; fileRef: string; stage: 'before' | 'after'; sort: number }[]): Promise<void> {
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
    .orderBy('r.submittedAt', 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}
