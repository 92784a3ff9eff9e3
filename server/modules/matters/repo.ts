import { Insertable, Kysely, sql, Updateable } from 'kysely';
import type { BuildingMattersTable, DB } from '../../db/schema';
import { STEP_FROM, type MatterStatus, type MatterStep } from './domain/matter';

/** Inserts the matter unless this resident already used the key; returns whether it was created. */
export async function insertMatterOnce(db: Kysely<DB>, row: Insertable<BuildingMattersTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('buildingMatters')
    .values(row)
    .onConflict((oc) => oc.columns(['raisedBy', 'idempotencyKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function matterByKey(db: Kysely<DB>, userId: string, idempotencyKey: string) {
  return db.selectFrom('buildingMatters').select(['id', 'status']).where('raisedBy', '=', userId).where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
}

export function findMatter(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('buildingMatters').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

export type MatterRow = NonNullable<Awaited<ReturnType<typeof findMatter>>>;

/** The caller's own matters, newest first. */
export function mattersRaisedBy(db: Kysely<DB>, countyId: string, userId: string) {
  return db
    .selectFrom('buildingMatters')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('raisedBy', '=', userId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(200)
    .execute();
}

/**
 * The matters of these buildings: a captain's own and every building of a
 * staff member's communities (which places names: scope.ts). A range of
 * building_matters_by_building each. The queue and the workbench's count
 * both start here.
 */
function mattersInScope(db: Kysely<DB>, countyId: string, buildingIds: readonly string[]) {
  return db
    .selectFrom('buildingMatters as m')
    .where('m.countyId', '=', countyId)
    .where(buildingIds.length ? sql<boolean>`m.building_id = any(${[...buildingIds]}::uuid[])` : sql<boolean>`false`);
}

/**
 * The matters of the caller's buildings (a captain's own, and every building of
 * a staff member's communities): open first, then answered — each the longest
 * waiting first —, then the settled ones, newest first.
 */
export function mattersOfBuildings(db: Kysely<DB>, countyId: string, buildingIds: readonly string[]) {
  return mattersInScope(db, countyId, buildingIds)
    .selectAll('m')
    .orderBy(sql`case m.status when 'open' then 0 when 'answered' then 1 else 2 end`)
    .orderBy(sql`case when m.status in ('open', 'answered') then m.created_at end`, 'asc')
    .orderBy('m.createdAt', 'desc')
    .orderBy('m.id')
    .limit(300)
    .execute();
}

/** How many of those matters are in these states (the unsettled ones, for the workbench). */
export async function countMattersInScope(db: Kysely<DB>, countyId: string, buildingIds: readonly string[], statuses: readonly MatterStatus[]): Promise<number> {
  const row = await mattersInScope(db, countyId, buildingIds)
    .where('m.status', 'in', [...statuses])
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Moves the matter only if nobody moved it since it was read (same version)
 * and the step may still start from its status: of two captains acting at
 * once, one wins.
 */
export async function advanceMatter(
  db: Kysely<DB>,
  step: MatterStep,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<BuildingMattersTable>, 'id' | 'version' | 'countyId' | 'raisedBy' | 'idempotencyKey'>,
): Promise<boolean> {
  const result = await db
    .updateTable('buildingMatters')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', 'in', [...STEP_FROM[step]])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links the report the matter became (in the same transaction as the step that claimed it). */
export async function linkReport(db: Kysely<DB>, id: string, reportId: string): Promise<void> {
  await db.updateTable('buildingMatters').set({ reportId }).where('id', '=', id).where('status', '=', 'reported').execute();
}
