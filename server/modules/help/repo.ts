import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { DB, HelpRequestsTable } from '../../db/schema';
import { HOLDING_STATES } from './domain/rules';

export type HelpRow = Selectable<HelpRequestsTable>;

/**
 * Serialises the posts of one requester (a person, or a named person of a
 * community) for the rest of the transaction, so that ten posts at once count
 * each other's open requests: the 3-open-request limit holds under concurrency.
 */
export async function lockRequester(db: Kysely<DB>, countyId: string, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`help:${countyId}:${key}`}))`.execute(db);
}

/** Requests of this requester that still hold points (posted, accepted, in dispute). */
export async function countHolding(db: Kysely<DB>, countyId: string, who: { requesterId: string } | { communityId: string; forName: string }): Promise<number> {
  const row = await db
    .selectFrom('helpRequests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('countyId', '=', countyId)
    .where('state', 'in', [...HOLDING_STATES])
    .$if('requesterId' in who, (q) => q.where('requesterId', '=', (who as { requesterId: string }).requesterId))
    .$if(!('requesterId' in who), (q) => q.where('communityId', '=', (who as { communityId: string }).communityId).where('forName', '=', (who as { forName: string }).forName))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRequest(
  db: Kysely<DB>,
  r: Omit<
    HelpRow,
    'state' | 'helperId' | 'helperName' | 'acceptedAt' | 'requesterConfirmedAt' | 'helperConfirmedAt' | 'rating' | 'disputedBy' | 'disputeReason' | 'disputedAt' | 'resolution' | 'resolvedBy' | 'resolveReason' | 'closedAt' | 'cancelAskedAt' | 'cancelReason'
  >,
): Promise<void> {
  await db.insertInto('helpRequests').values(r).execute();
}

export function findRequest(db: Kysely<DB>, countyId: string, id: string): Promise<HelpRow | undefined> {
  return db.selectFrom('helpRequests').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

/** The request, its row held until the transaction ends: every change of state is made one at a time. */
export function lockRequest(db: Kysely<DB>, countyId: string, id: string): Promise<HelpRow | undefined> {
  return db.selectFrom('helpRequests').selectAll().where('countyId', '=', countyId).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** 接单: only while nobody has (one statement: of two helpers at once, one finds it still open). */
export async function takeRequest(db: Kysely<DB>, countyId: string, id: string, helper: { id: string; name: string }, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('helpRequests')
    .set({ state: 'accepted', helperId: helper.id, helperName: helper.name, acceptedAt: at })
    .where('countyId', '=', countyId)
    .where('id', '=', id)
    .where('state', '=', 'open')
    .where('postedBy', '<>', helper.id)
    .where((eb) => eb.or([eb('requesterId', 'is', null), eb('requesterId', '<>', helper.id)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateRequest(db: Kysely<DB>, id: string, set: Partial<Omit<HelpRow, 'id' | 'countyId'>>): Promise<void> {
  await db.updateTable('helpRequests').set(set).where('id', '=', id).execute();
}

export function openRequests(db: Kysely<DB>, countyId: string, limit: number) {
  return db.selectFrom('helpRequests').selectAll().where('countyId', '=', countyId).where('state', '=', 'open').orderBy('createdAt', 'desc').limit(limit).execute();
}

export function requestsAskedBy(db: Kysely<DB>, countyId: string, userId: string) {
  return db
    .selectFrom('helpRequests')
    .selectAll()
    .where('countyId', '=', countyId)
    .where((eb) => eb.or([eb('requesterId', '=', userId), eb.and([eb('requesterId', 'is', null), eb('postedBy', '=', userId)])]))
    .orderBy('createdAt', 'desc')
    .limit(50)
    .execute();
}

export function requestsHelpedBy(db: Kysely<DB>, countyId: string, userId: string) {
  return db.selectFrom('helpRequests').selectAll().where('countyId', '=', countyId).where('helperId', '=', userId).orderBy('createdAt', 'desc').limit(50).execute();
}

export function disputesIn(db: Kysely<DB>, countyId: string, communityIds: 'all' | string[]) {
  if (communityIds !== 'all' && communityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('helpRequests')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('state', '=', 'disputed')
    .$if(communityIds !== 'all', (q) => q.where('communityId', 'in', communityIds as string[]))
    .orderBy('disputedAt', 'asc')
    .execute();
}

/** 互助时长: the minutes of the help a person gave and was paid for. */
export async function helpHours(db: Kysely<DB>, countyId: string, userId: string): Promise<{ minutes: number; count: number }> {
  const row = await db
    .selectFrom('helpRequests')
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<string>('minutes'), eb.val('0')).as('minutes'), eb.fn.countAll<string>().as('count')])
    .where('countyId', '=', countyId)
    .where('helperId', '=', userId)
    .where('state', '=', 'done')
    .executeTakeFirstOrThrow();
  return { minutes: Number(row.minutes), count: Number(row.count) };
}

/** The stars requesters gave a helper's finished help: average (one decimal) and how many rated. */
export async function helperRating(db: Kysely<DB>, countyId: string, userId: string): Promise<{ ratingAverage: number | null; rated: number }> {
  const row = await db
    .selectFrom('helpRequests')
    .select([sql<number | null>`round(avg(rating)::numeric, 1)::float8`.as('average'), sql<number>`count(rating)::int`.as('rated')])
    .where('countyId', '=', countyId)
    .where('helperId', '=', userId)
    .where('state', '=', 'done')
    .executeTakeFirstOrThrow();
  return { ratingAverage: row.average === null ? null : Number(row.average), rated: row.rated };
}

/** Open requests whose time has passed with nobody accepting (the scheduler's work list), oldest first, across counties. */
export function dueOpenRequests(db: Kysely<DB>, now: Date, limit: number) {
  return db.selectFrom('helpRequests').select(['id', 'countyId']).where('state', '=', 'open').where('startsAt', '<', now).orderBy('startsAt').limit(limit).execute();
}

/** 工作台: disputes waiting in these communities (or the whole county), counted as `disputesIn` lists them. */
export async function disputeCount(db: Kysely<DB>, countyId: string, communityIds: 'all' | readonly string[]): Promise<number> {
  if (communityIds !== 'all' && communityIds.length === 0) return 0;
  const row = await db
    .selectFrom('helpRequests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('countyId', '=', countyId)
    .where('state', '=', 'disputed')
    .$if(communityIds !== 'all', (q) => q.where('communityId', 'in', communityIds as string[]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 注销: the person's name leaves the requests they asked for or helped with (the records stay, unnamed). */
export async function unnameRequests(db: Kysely<DB>, userId: string): Promise<void> {
  await db.updateTable('helpRequests').set({ requesterName: '已注销用户' }).where('requesterId', '=', userId).execute();
  await db.updateTable('helpRequests').set({ helperName: '已注销用户' }).where('helperId', '=', userId).execute();
}

/** The requests of this person nobody has accepted yet, held for the rest of the transaction. */
export function openRequestsOf(db: Kysely<DB>, userId: string) {
  return db.selectFrom('helpRequests').selectAll().where('requesterId', '=', userId).where('state', '=', 'open').forUpdate().execute();
}
