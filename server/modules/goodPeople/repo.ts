import { Insertable, Kysely, sql, Updateable } from 'kysely';
import { newId } from '../../core/ids';
import type { DB, GoodPeopleTable, GoodPersonCategory, GoodPersonStatus } from '../../db/schema';
import { storyHash, type ConsentChannel, type GoodPersonActorRole, type GoodPersonEventType, type PublishedStory, type ReviewDecision } from './domain/nomination-events';

/** A step of a nomination's history, as the use case that takes it tells it. */
export interface GoodPersonStep {
  type: GoodPersonEventType;
  actorId: string | null;
  actorRole: GoodPersonActorRole;
  decision?: ReviewDecision;
  note?: string | null;
  award?: { year: number; title: string };
  /** How the nominee's side answered (consent steps by the nominee or a guardian). */
  channel?: ConsentChannel;
  /** This step sent the nomination back to the nominee for consent (a revision after consent). */
  asksConsent?: boolean;
  at: Date;
}

/** Appends the step to the history, with the nomination's version and story as they now stand (same transaction). */
async function appendHistory(db: Kysely<DB>, moved: (PublishedStory & { id: string; countyId: string; version: number })[], step: GoodPersonStep): Promise<void> {
  if (moved.length === 0) return;
  await db
    .insertInto('goodPersonEvents')
    .values(
      moved.map((g) => ({
        id: newId(),
        countyId: g.countyId,
        goodPersonId: g.id,
        version: g.version,
        type: step.type,
        actorId: step.actorId,
        actorRole: step.actorRole,
        decision: step.decision ?? null,
        note: step.note ?? null,
        awardYear: step.award?.year ?? null,
        awardTitle: step.award?.title ?? null,
        contentHash: storyHash(g),
        channel: step.channel ?? null,
        asksConsent: step.asksConsent ?? false,
        at: step.at,
      })),
    )
    .execute();
}

const AFTER_STEP = ['id', 'countyId', 'version', 'nomineeName', 'category', 'story', 'photos'] as const;

/** A new nomination, and its first step in the history: submitted by the nominator. */
export async function insertGoodPerson(db: Kysely<DB>, row: Insertable<GoodPeopleTable>): Promise<void> {
  const inserted = await db.insertInto('goodPeople').values(row).returning(AFTER_STEP).execute();
  await appendHistory(db, inserted, { type: 'submitted', actorId: row.nominatedBy, actorRole: 'nominator', at: new Date(row.createdAt) });
}

export function findGoodPerson(db: Kysely<DB>, countyId: string, id: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

export type GoodPersonRow = NonNullable<Awaited<ReturnType<typeof findGoodPerson>>>;

export function findByCodeHash(db: Kysely<DB>, countyId: string, hash: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('consentCodeHash', '=', hash).executeTakeFirst();
}

/** Moves a nomination on only if nobody else did since it was read, and records the step in its history. */
export async function updateGoodPerson(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<GoodPeopleTable>, 'id' | 'version' | 'supports'> & { updatedAt: Date },
  step: GoodPersonStep,
): Promise<boolean> {
  const moved = await db
    .updateTable('goodPeople')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(AFTER_STEP)
    .execute();
  await appendHistory(db, moved, step);
  return moved.length === 1;
}

/** The history, oldest first, with who acted (their names are identity's: views ask its facade). */
export function historyOf(db: Kysely<DB>, countyId: string, goodPersonId: string) {
  return db
    .selectFrom('goodPersonEvents as e')
    .select(['e.version', 'e.type', 'e.actorRole', 'e.decision', 'e.note', 'e.awardYear', 'e.awardTitle', 'e.contentHash', 'e.channel', 'e.asksConsent', 'e.at', 'e.actorId'])
    .where('e.countyId', '=', countyId)
    .where('e.goodPersonId', '=', goodPersonId)
    .orderBy('e.version')
    .execute();
}

/** A step of the history with its actor's name as it now stands (已注销用户 after 注销). */
export type GoodPersonHistoryRow = Awaited<ReturnType<typeof historyOf>>[number] & { actorName: string | null };

export function byNominator(db: Kysely<DB>, countyId: string, userId: string) {
  return db.selectFrom('goodPeople').selectAll().where('countyId', '=', countyId).where('nominatedBy', '=', userId).orderBy('createdAt', 'desc').execute();
}

/** Nominations of these communities (null: the whole county, for the command centre) in these states (good_people_review). */
function inReviewScope(db: Kysely<DB>, countyId: string, communityIds: readonly string[] | null, statuses: readonly GoodPersonStatus[]) {
  let query = db.selectFrom('goodPeople').where('countyId', '=', countyId).where('status', 'in', [...statuses]);
  if (communityIds !== null) query = communityIds.length ? query.where('communityId', 'in', [...communityIds]) : query.where(sql<boolean>`false`);
  return query;
}

export function forReview(db: Kysely<DB>, countyId: string, communityIds: string[] | null, statuses: readonly GoodPersonStatus[]) {
  return inReviewScope(db, countyId, communityIds, statuses).selectAll().orderBy('updatedAt', 'asc').limit(200).execute();
}

export async function countForReview(db: Kysely<DB>, countyId: string, communityIds: readonly string[] | null, statuses: readonly GoodPersonStatus[]): Promise<number> {
  const row = await inReviewScope(db, countyId, communityIds, statuses).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
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

/** 注销: nominations the person made that no one has decided yet are withdrawn (a step of the system's); decided ones stay as the county's record. */
export async function withdrawOpenGoodPeopleBy(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  const moved = await db
    .updateTable('goodPeople')
    .set((eb) => ({ status: 'withdrawn', updatedAt: at, version: eb('version', '+', 1) }))
    .where('nominatedBy', '=', userId)
    .where('status', 'in', ['awaiting_consent', 'submitted', 'changes_requested'])
    .returning(AFTER_STEP)
    .execute();
  await appendHistory(db, moved, { type: 'withdrawn', actorId: userId, actorRole: 'system', at });
}

/** The approved (public) ones among `ids` in this county: what other modules may show of them. */
export function publicRows(db: Kysely<DB>, countyId: string, ids: readonly string[]) {
  return db.selectFrom('goodPeople').select(['id', 'nomineeName', 'category']).where('countyId', '=', countyId).where('id', 'in', [...ids]).where('status', '=', 'approved').execute();
}

/** The status of each of `ids` in this county (absent ones are not in the county). */
export async function statusesOf(db: Kysely<DB>, countyId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('goodPeople').select(['id', 'status']).where('countyId', '=', countyId).where('id', 'in', [...ids]).execute();
}

/** A retried nomination whose first answer was lost: a fresh consent code replaces the one never seen. */
export async function replaceConsentCode(db: Kysely<DB>, id: string, consentCodeHash: string, now: Date): Promise<void> {
  await db.updateTable('goodPeople').set({ consentCodeHash, updatedAt: now }).where('id', '=', id).execute();
}

// ---- in-app consent requests (消息) ------------------------------------------

/** Who may answer the nomination in the app from now on: the rows of an earlier request give way to these. */
export async function replaceConsentAsks(db: Kysely<DB>, countyId: string, goodPersonId: string, asks: readonly { userId: string; answererRole: 'nominee' | 'guardian' }[], at: Date): Promise<void> {
  await db.deleteFrom('goodPersonConsentAsks').where('goodPersonId', '=', goodPersonId).execute();
  if (asks.length === 0) return;
  await db
    .insertInto('goodPersonConsentAsks')
    .values(asks.map((a) => ({ goodPersonId, userId: a.userId, countyId, answererRole: a.answererRole, askedAt: at })))
    .execute();
}

/** The request this person was sent for this nomination, if any. */
export function consentAskOf(db: Kysely<DB>, countyId: string, goodPersonId: string, userId: string) {
  return db
    .selectFrom('goodPersonConsentAsks')
    .select(['answererRole', 'askedAt'])
    .where('countyId', '=', countyId)
    .where('goodPersonId', '=', goodPersonId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}
