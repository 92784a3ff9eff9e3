import { sql, type Kysely } from 'kysely';
import type { DB, HouseholdRelation } from '../../db/schema';
import { newId } from '../../core/ids';
import type { householdIdsInScopes } from '../places/facade';

export function requestsOfUser(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('householdRequests')
    .selectAll()
    .where('userId', '=', userId)
    .orderBy('requestedAt', 'desc')
    .limit(20)
    .execute();
}

export function findRequest(db: Kysely<DB>, countyId: string, requestId: string) {
  return db
    .selectFrom('householdRequests')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('id', '=', requestId)
    .executeTakeFirst();
}

export async function insertRequest(
  db: Kysely<DB>,
  values: { countyId: string; householdId: string; userId: string; relation: HouseholdRelation; at: Date },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('householdRequests')
    .values({
      id,
      countyId: values.countyId,
      householdId: values.householdId,
      userId: values.userId,
      relation: values.relation,
      status: 'pending',
      requestedAt: values.at,
    })
    .execute();
  return id;
}

/** Moves a request out of `pending`; false when someone else already did. */
export async function closePending(
  db: Kysely<DB>,
  requestId: string,
  change: { status: 'approved' | 'rejected' | 'cancelled'; reason?: string; by: string; role: string; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('householdRequests')
    .set({ status: change.status, reason: change.reason ?? null, decidedBy: change.by, decidedRole: change.role, decidedAt: change.at })
    .where('id', '=', requestId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** A person has one home: approving a move ends the old binding (its approval stays as it was). */
export function leaveCurrentHome(db: Kysely<DB>, userId: string, at: Date, by: string) {
  return db
    .updateTable('householdRequests')
    .set({ status: 'left', endedAt: at, endedBy: by })
    .where('userId', '=', userId)
    .where('status', '=', 'approved')
    .returning('id')
    .executeTakeFirst();
}

/**
 * The person's home as a subquery, not run here: a place lookup can take it
 * whole, so reading where someone lives stays one round trip.
 */
export function homeIdQuery(db: Kysely<DB>, userId: string) {
  return db.selectFrom('householdRequests').select('householdId').where('userId', '=', userId).where('status', '=', 'approved');
}

/** The households of a captain's buildings or a staff member's communities, as the places module's subquery. */
export type HouseholdsInScopes = ReturnType<typeof householdIdsInScopes>;

/** Requests waiting in these scopes, counted without reading them. */
export function countPendingInScopes(db: Kysely<DB>, countyId: string, households: HouseholdsInScopes) {
  return scopedRequests(db, countyId, households)
    .where('r.status', '=', 'pending')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.count));
}

/** Requests for households in the captain's buildings or the staff member's communities. */
function scopedRequests(db: Kysely<DB>, countyId: string, households: HouseholdsInScopes) {
  return db.selectFrom('householdRequests as r').where('r.countyId', '=', countyId).where('r.householdId', 'in', households);
}

/** A captain's queue (rows.ts adds each household's place and each applicant's name and phone). */
export function queueForScopes(db: Kysely<DB>, countyId: string, households: HouseholdsInScopes, status: 'pending' | 'decided') {
  let query = scopedRequests(db, countyId, households).select(['r.id', 'r.householdId', 'r.userId', 'r.relation', 'r.status', 'r.reason', 'r.requestedAt', 'r.decidedAt']);
  query =
    status === 'pending'
      ? query.where('r.status', '=', 'pending').orderBy('r.requestedAt', 'asc')
      : query.where('r.status', 'in', ['approved', 'rejected']).orderBy('r.decidedAt', 'desc');
  return query.limit(200).execute();
}

/**
 * Who lives now in these households (an approved binding), as (person,
 * household) pairs. By household id (indexed), not as a correlated EXISTS:
 * the planner would hash all the county's bindings.
 */
export async function residentsOfHouseholds(db: Kysely<DB>, householdIds: readonly string[]): Promise<{ userId: string; householdId: string }[]> {
  if (householdIds.length === 0) return [];
  return db.selectFrom('householdRequests').select(['userId', 'householdId']).where('householdId', 'in', [...householdIds]).where('status', '=', 'approved').execute();
}

/** Households with at least one bound resident. */
export function countBoundHouseholds(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('householdRequests')
    .select((eb) => eb.fn.count<number>('householdId').distinct().as('count'))
    .where('countyId', '=', countyId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.count));
}

/** A member the household's own guardian vouches for (a child they added): bound at once, no captain's review. */
export async function insertVouchedMember(db: Kysely<DB>, m: { countyId: string; householdId: string; userId: string; vouchedBy: string; at: Date }): Promise<void> {
  await insertVouchedBinding(db, { ...m, relation: 'family', vouchedRole: 'guardian' });
}

/**
 * A binding someone vouches for, approved as it is written: a guardian for the
 * child they added, an inviter for the captain they appointed (`vouchedBy`
 * null: the county's set-up). Returns the binding's id.
 */
export async function insertVouchedBinding(
  db: Kysely<DB>,
  m: { countyId: string; householdId: string; userId: string; relation: HouseholdRelation; vouchedBy: string | null; vouchedRole: string; at: Date },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('householdRequests')
    .values({
      id,
      countyId: m.countyId,
      householdId: m.householdId,
      userId: m.userId,
      relation: m.relation,
      status: 'approved',
      reason: null,
      requestedAt: m.at,
      decidedBy: m.vouchedBy,
      decidedRole: m.vouchedRole,
      decidedAt: m.at,
      endedAt: null,
      endedBy: null,
    })
    .execute();
  return id;
}

/** The person's open request, withdrawn because they were bound another way (a captain's invitation). */
export function cancelPendingOf(db: Kysely<DB>, userId: string, at: Date) {
  return db.updateTable('householdRequests').set({ status: 'cancelled', decidedAt: at }).where('userId', '=', userId).where('status', '=', 'pending').returning(['id', 'householdId']).executeTakeFirst();
}

/** Who lives in a household now (bound and approved). */
export async function membersOf(db: Kysely<DB>, householdId: string): Promise<string[]> {
  const rows = await db.selectFrom('householdRequests').select('userId').where('householdId', '=', householdId).where('status', '=', 'approved').execute();
  return rows.map((r) => r.userId);
}

/** 注销: the person leaves their home and their open requests end. */
export async function endBindingsOf(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await db.updateTable('householdRequests').set({ status: 'left', endedAt: at, endedBy: userId }).where('userId', '=', userId).where('status', '=', 'approved').execute();
  await db.updateTable('householdRequests').set({ status: 'cancelled', decidedAt: at }).where('userId', '=', userId).where('status', '=', 'pending').execute();
}

/** A child's link code, open until used or replaced (expiry is the use case's to judge). */
export interface ChildLinkRow {
  id: string;
  countyId: string;
  childId: string;
  createdBy: string;
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  replacedAt: Date | null;
}

const linkColumns = ['id', 'countyId', 'childId', 'createdBy', 'codeHash', 'createdAt', 'expiresAt', 'usedAt', 'replacedAt'] as const;

/** The child's unused codes stop working: a new one replaces them. */
export async function replaceOpenLinks(db: Kysely<DB>, childId: string, at: Date): Promise<void> {
  await db.updateTable('childLinks').set({ replacedAt: at }).where('childId', '=', childId).where('usedAt', 'is', null).where('replacedAt', 'is', null).execute();
}

/** Writes a code; false when its hash clashes with another open code (the caller draws again). */
export async function insertChildLink(db: Kysely<DB>, link: { countyId: string; childId: string; createdBy: string; codeHash: string; createdAt: Date; expiresAt: Date }): Promise<string | null> {
  const id = newId();
  const row = await db
    .insertInto('childLinks')
    .values({ id, ...link })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? id : null;
}

/** The code with this hash: the open one if there is one, else the latest (used, replaced). */
export function childLinkByHash(db: Kysely<DB>, codeHash: string): Promise<ChildLinkRow | undefined> {
  return db
    .selectFrom('childLinks')
    .select([...linkColumns])
    .where('codeHash', '=', codeHash)
    .orderBy(sql`used_at is null and replaced_at is null`, 'desc')
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function childLinkById(db: Kysely<DB>, id: string): Promise<ChildLinkRow | undefined> {
  return db.selectFrom('childLinks').select([...linkColumns]).where('id', '=', id).executeTakeFirst();
}

/** Marks the code used, in the transaction that gave the child the WeChat. */
export async function markChildLinkUsed(db: Kysely<DB>, id: string, at: Date): Promise<void> {
  await db.updateTable('childLinks').set({ usedAt: at }).where('id', '=', id).execute();
}
