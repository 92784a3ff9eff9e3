import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { fail } from '../../core/errors';
import type { DB, NoticeReadsTable, NoticeRevisionsTable, NoticesTable } from '../../db/schema';

export type NoticeRecord = Selectable<NoticesTable>;

/** The notice (rows.ts adds its building's name and community). `lock` takes its row for the rest of the transaction. */
export async function noticeRecord(db: Kysely<DB>, countyId: string, noticeId: string, lock = false): Promise<NoticeRecord> {
  const row = await db
    .selectFrom('notices as n')
    .selectAll('n')
    .where('n.id', '=', noticeId)
    .where('n.countyId', '=', countyId)
    .$if(lock, (q) => q.forUpdate('n'))
    .executeTakeFirst();
  if (!row) throw fail.notFound('没有找到这条通知');
  return row;
}

export async function noticeUnitIds(db: Kysely<DB>, noticeIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (noticeIds.length === 0) return map;
  const rows = await db.selectFrom('noticeUnits').select(['noticeId', 'unitId']).where('noticeId', 'in', noticeIds).execute();
  for (const r of rows) map.set(r.noticeId, [...(map.get(r.noticeId) ?? []), r.unitId]);
  return map;
}

/** Whether the household's unit is in the notice's audience. */
export async function reachesUnit(db: Kysely<DB>, noticeId: string, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('noticeUnits').select('unitId').where('noticeId', '=', noticeId).where('unitId', '=', unitId).executeTakeFirst();
  return row !== undefined;
}

/** The newest notices of these buildings, withdrawn and expired ones too: their managers still see them and their receipt counts. */
export async function noticesOfBuildings(db: Kysely<DB>, buildingIds: string[], limit: number): Promise<NoticeRecord[]> {
  return db
    .selectFrom('notices as n')
    .selectAll('n')
    .where('n.buildingId', 'in', buildingIds)
    .orderBy('n.createdAt', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The published notices that reach the household's own unit in its building,
 * current or (archived) ended, with the household's receipt. Current ones put
 * the pinned first; the archive is by date alone, as pinning no longer matters.
 */
export function noticesForHome(
  db: Kysely<DB>,
  home: { buildingId: string; unitId: string; householdId: string },
  p: { archived: boolean; now: Date; limit: number },
) {
  return db
    .selectFrom('notices as n')
    .innerJoin('noticeUnits as nu', (join) => join.onRef('nu.noticeId', '=', 'n.id').on('nu.unitId', '=', home.unitId))
    .leftJoin('noticeReads as r', (join) => join.onRef('r.noticeId', '=', 'n.id').on('r.householdId', '=', home.householdId))
    .selectAll('n')
    .select(['r.readAt', 'r.acknowledgedAt'])
    .where('n.buildingId', '=', home.buildingId)
    .where('n.status', '=', 'published')
    .where('n.endsAt', p.archived ? '<=' : '>', p.now)
    .$if(!p.archived, (q) => q.orderBy('n.pinned', 'desc'))
    .orderBy('n.createdAt', 'desc')
    .limit(p.limit)
    .execute();
}

/** The notice this author already posted with this idempotency key, if any: a retried post returns it instead of posting twice. */
export async function noticeIdByKey(db: Kysely<DB>, authorId: string, idempotencyKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('notices').select('id').where('authorId', '=', authorId).where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
  return row?.id;
}

/**
 * Inserts the notice unless its author already used the idempotency key (a
 * racing retry that got there first: the unique index decides, not a read
 * before); returns whether this insert made it.
 */
export async function insertNoticeOnce(db: Kysely<DB>, row: Insertable<NoticesTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('notices')
    .values(row)
    .onConflict((oc) => oc.columns(['authorId', 'idempotencyKey']).where('idempotencyKey', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The notice's audience; it is fixed at posting (edits change the text, never who it reaches). */
export async function insertNoticeUnits(db: Kysely<DB>, noticeId: string, unitIds: string[]): Promise<void> {
  await db.insertInto('noticeUnits').values(unitIds.map((unitId) => ({ noticeId, unitId }))).execute();
}

/** One version of the notice as it stood after a post, an edit or a withdrawal: the history is append-only. */
export async function insertRevision(db: Kysely<DB>, row: Insertable<NoticeRevisionsTable>): Promise<void> {
  await db.insertInto('noticeRevisions').values(row).execute();
}

/**
 * Writes an edit over the notice (`images` as JSON, as stored). The caller
 * holds the notice's row lock, so the version it sets, one past the one it
 * read, is the next one: two editors never write the same version.
 */
export async function saveNoticeEdit(
  db: Kysely<DB>,
  noticeId: string,
  edit: { title: string; body: string; images: string; pinned: boolean; endsAt: Date | string; version: number; updatedAt: Date },
): Promise<void> {
  await db
    .updateTable('notices')
    .set({ title: edit.title, body: edit.body, images: edit.images, pinned: edit.pinned, endsAt: edit.endsAt, version: edit.version, updatedAt: edit.updatedAt })
    .where('id', '=', noticeId)
    .execute();
}

/** Takes the notice out of residents' lists (they read only published ones); the row and its receipts stay. */
export async function markNoticeWithdrawn(db: Kysely<DB>, noticeId: string, version: number, now: Date): Promise<void> {
  await db.updateTable('notices').set({ status: 'withdrawn', version, updatedAt: now }).where('id', '=', noticeId).execute();
}

/**
 * The household's read receipt, made once (the primary key on notice and
 * household); only a receipt really made moves the notice's read counter, so
 * the count stays exact however often and however concurrently it is opened.
 * Returns whether this call made it.
 */
export async function recordRead(db: Kysely<DB>, receipt: Insertable<NoticeReadsTable>): Promise<boolean> {
  const made = await db.insertInto('noticeReads').values(receipt).onConflict((oc) => oc.columns(['noticeId', 'householdId']).doNothing()).returning('noticeId').executeTakeFirst();
  if (made) await db.updateTable('notices').set({ readHouseholds: sql`read_households + 1` }).where('id', '=', receipt.noticeId).execute();
  return made !== undefined;
}

/**
 * The household's 收到 on its receipt, set once (conditional on none yet), and
 * the acknowledged counter moved only when this call set it. Returns whether it did.
 */
export async function recordAcknowledgement(db: Kysely<DB>, p: { noticeId: string; householdId: string; by: string; at: Date }): Promise<boolean> {
  const acked = await db
    .updateTable('noticeReads')
    .set({ acknowledgedAt: p.at, acknowledgedBy: p.by })
    .where('noticeId', '=', p.noticeId)
    .where('householdId', '=', p.householdId)
    .where('acknowledgedAt', 'is', null)
    .returning('noticeId')
    .executeTakeFirst();
  if (acked) await db.updateTable('notices').set({ acknowledgedHouseholds: sql`acknowledged_households + 1` }).where('id', '=', p.noticeId).execute();
  return acked !== undefined;
}

/** Whether the household has said 收到 to the notice (someone in it, on any device). */
export async function acknowledgedBy(db: Kysely<DB>, noticeId: string, householdId: string): Promise<boolean> {
  const r = await db.selectFrom('noticeReads').select('acknowledgedAt').where('noticeId', '=', noticeId).where('householdId', '=', householdId).executeTakeFirst();
  return r?.acknowledgedAt != null;
}

/** The notice's receipts by household (only households of its audience ever make one). */
export async function receiptsOf(db: Kysely<DB>, noticeId: string): Promise<Map<string, { readAt: Date; acknowledgedAt: Date | null }>> {
  const rows = await db.selectFrom('noticeReads').select(['householdId', 'readAt', 'acknowledgedAt']).where('noticeId', '=', noticeId).execute();
  return new Map(rows.map((r) => [r.householdId, { readAt: r.readAt, acknowledgedAt: r.acknowledgedAt }] as const));
}

/** The notice's versions in order, each with who made it (rows.ts adds the name). */
export function revisionRecordsOf(db: Kysely<DB>, noticeId: string) {
  return db
    .selectFrom('noticeRevisions as v')
    .select(['v.version', 'v.action', 'v.title', 'v.body', 'v.pinned', 'v.endsAt', 'v.at', 'v.byUser'])
    .where('v.noticeId', '=', noticeId)
    .orderBy('v.version')
    .execute();
}
