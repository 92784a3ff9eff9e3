import { Insertable, Kysely, sql, Updateable } from 'kysely';
import type { DB, GoodPeopleTable, GoodPersonCategory, GoodPersonStatus } from '../../db/schema';

export async function insertGoodPerson(db: Kysely<DB>, row: Insertable<GoodPeopleTable>): Promise<void> {
  await db.insertInto('goodPeople').values(row).execute();
}

export function findGoodPerson(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

export type GoodPersonRow = NonNullable<Awaited<ReturnType<typeof findGoodPerson>>>;

export function findByCodeHash(db: Kysely<DB>, countyId: string, hash: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('consentCodeHash', '=', hash).executeTakeFirst();
}

export async function updateGoodPerson(db: Kysely<DB>, id: string, expectedVersion: number, changes: Omit<Updateable<GoodPeopleTable>, 'id' | 'version' | 'supports'> & { updatedAt: Date }): Promise<boolean> {
  const result = await db
    .updateTable('goodPeople')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function byNominator(db: Kysely<DB>, countyId: string, userId: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('nominatedBy', '=', userId).orderBy('createdAt', 'desc').execute();
}

export function forReview(db: Kysely<DB>, countyId: string, communityIds: string[] | null, statuses: readonly GoodPersonStatus[]) {
  let query = db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('status', 'in', [...statuses]);
  if (communityIds !== null) query = communityIds.length ? query.where('communityId', 'in', communityIds) : query.where(sql<boolean>`false`);
  return query.orderBy('updatedAt', 'asc').limit(200).execute();
}

export function approved(db: Kysely<DB>, countyId: string, category: GoodPersonCategory | undefined) {
  let query = db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('status', '=', 'approved');
  if (category) query = query.where('category', '=', category);
  return query.orderBy('supports', 'desc').orderBy('createdAt', 'desc').limit(200).execute();
}

export async function supportedBy(db: Kysely<DB>, userId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('goodPeopleSupports').select('goodPersonId').where('userId', '=', userId).where('goodPersonId', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.goodPersonId));
}

export function titlesOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as { goodPersonId: string; year: number; title: string }[]);
  return db.selectFrom('goodPeopleTitles').select(['goodPersonId', 'year', 'title']).where('goodPersonId', 'in', [...ids]).orderBy('year', 'desc').execute();
}

/** Supports once: the primary key makes a second (or a racing) support a no-op, and only a new row moves the counter. */
export async function addSupport(db: Kysely<DB>, row: { goodPersonId: string; userId: string; countyId: string; at: Date }): Promise<number> {
  const inserted = await db
    .insertInto('goodPeopleSupports')
    .values(row)
    .onConflict((oc) => oc.columns(['goodPersonId', 'userId']).doNothing())
    .returning('userId')
    .executeTakeFirst();
  const query = db.updateTable('goodPeople').where('id', '=', row.goodPersonId);
  const updated = inserted
    ? await query.set((eb) => ({ supports: eb('supports', '+', 1) })).returning('supports').executeTakeFirstOrThrow()
    : await db.selectFrom('goodPeople').select('supports').where('id', '=', row.goodPersonId).executeTakeFirstOrThrow();
  return updated.supports;
}

export async function insertTitle(db: Kysely<DB>, row: { id: string; countyId: string; goodPersonId: string; year: number; title: string; awardedBy: string; awardedAt: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('goodPeopleTitles')
    .values(row)
    .onConflict((oc) => oc.columns(['goodPersonId', 'year', 'title']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function honours(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('goodPeopleTitles as t')
    .innerJoin('goodPeople as g', 'g.id', 't.goodPersonId')
    .select(['t.year', 't.title', 'g.id as goodPersonId', 'g.nomineeName', 'g.category'])
    .where('t.countyId', '=', countyId)
    .where('g.status', '=', 'approved')
    .orderBy('t.year', 'desc')
    .orderBy('t.awardedAt')
    .execute();
}

export function byKey(db: Kysely<DB>, userId: string, idempotencyKey: string) {
  return db.selectFrom('goodPeople').select(['id', 'status']).where('nominatedBy', '=', userId).where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
}

/** 注销: nominations the person made that no one has decided yet are withdrawn. */
export async function withdrawOpenGoodPeopleBy(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await db
    .updateTable('goodPeople')
    .set((eb) => ({ status: 'withdrawn', updatedAt: at, version: eb('version', '+', 1) }))
    .where('nominatedBy', '=', userId)
    .where('status', 'in', ['awaiting_consent', 'submitted', 'changes_requested'])
    .execute();
}
