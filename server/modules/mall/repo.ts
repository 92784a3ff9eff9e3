import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { newId } from '../../core/ids';
import type { DB, MallRedemptionState, MallRewardKind } from '../../db/schema';

/** A reward as the mall keeps it (its station's name and address are places': rows.ts). */
export interface RewardRecord {
  id: string;
  countyId: string;
  stationId: string;
  kind: MallRewardKind;
  name: string;
  description: string;
  partner: string;
  photo: string | null;
  price: number;
  stock: number;
  perPersonLimit: number;
  pickupDays: number;
  endsAt: Date | null;
  status: 'listed' | 'withdrawn';
}

function rewards(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('mallRewards as r')
    .select(['r.id', 'r.countyId', 'r.stationId', 'r.kind', 'r.name', 'r.description', 'r.partner', 'r.photo', 'r.price', 'r.stock', 'r.perPersonLimit', 'r.pickupDays', 'r.endsAt', 'r.status'])
    .where('r.countyId', '=', countyId);
}

export function findReward(db: Kysely<DB>, countyId: string, rewardId: string): Promise<RewardRecord | undefined> {
  return rewards(db, countyId).where('r.id', '=', rewardId).executeTakeFirst();
}

/** What residents can redeem now: listed, not ended; those in stock first. */
export function openRewards(db: Kysely<DB>, countyId: string, now: Date, stationId?: string): Promise<RewardRecord[]> {
  return rewards(db, countyId)
    .where('r.status', '=', 'listed')
    .where((eb) => eb.or([eb('r.endsAt', 'is', null), eb('r.endsAt', '>', now)]))
    .$if(stationId !== undefined, (q) => q.where('r.stationId', '=', stationId!))
    .orderBy(sql`r.stock > 0`, 'desc')
    .orderBy('r.createdAt', 'desc')
    .limit(200)
    .execute();
}

export function stationRewardRows(db: Kysely<DB>, countyId: string, stationId: string): Promise<RewardRecord[]> {
  return rewards(db, countyId).where('r.stationId', '=', stationId).orderBy('r.status').orderBy('r.createdAt', 'desc').limit(500).execute();
}

/**
 * Takes one item off the shelf: one conditional update, which locks the
 * reward's row and re-reads it after any racing redemption commits, so the
 * last item goes to one person only (the CHECK stock >= 0 is the backstop).
 * Returns the reward's id, or undefined when nothing was taken.
 */
export async function takeItem(db: Kysely<DB>, countyId: string, rewardId: string, now: Date, asRead: { price: number; stationId: string }) {
  return db
    .updateTable('mallRewards')
    .set({ stock: sql`stock - 1` })
    .where('countyId', '=', countyId)
    .where('id', '=', rewardId)
    .where('status', '=', 'listed')
    .where('stock', '>', 0)
    .where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', now)]))
    // What the redemption was made with: a price or station changed meanwhile takes nothing.
    .where('price', '=', asRead.price)
    .where('stationId', '=', asRead.stationId)
    .returning('id')
    .executeTakeFirst();
}

/**
 * The redemption and its line in the stock book, in one statement that first
 * counts the person's live redemptions of the reward. It runs after the
 * person's points account is locked (points.lockPersonAccount), so its
 * snapshot sees every redemption of theirs committed before: two at once by
 * one person are counted one after the other. Nothing is written when the
 * person is at the limit (`inserted` false) or the six digits are taken in the
 * county (`clash`: try other digits).
 */
export async function insertRedemption(
  db: Kysely<DB>,
  r: { id: string; countyId: string; rewardId: string; stationId: string; userId: string; price: number; digits: string; limit: number; now: Date; expiresAt: Date },
): Promise<{ mine: number; inserted: boolean }> {
  const { rows } = await sql<{ mine: number; inserted: boolean }>`
    with mine as (
      select count(*)::int as n from mall_redemptions
      where reward_id = ${r.rewardId} and user_id = ${r.userId} and state in ('pending','handed_over')
    ), ins as (
      insert into mall_redemptions (id, county_id, reward_id, station_id, user_id, price, pickup_digits, created_at, expires_at)
      select ${r.id}, ${r.countyId}, ${r.rewardId}, ${r.stationId}, ${r.userId}, ${r.price}, ${r.digits}, ${r.now}, ${r.expiresAt}
      from mine where mine.n < ${r.limit}
      on conflict (county_id, pickup_digits) do nothing
      returning id
    ), book as (
      insert into mall_stock_moves (id, county_id, reward_id, kind, delta, redemption_id, by_user, at)
      select ${newId()}, ${r.countyId}, ${r.rewardId}, 'redeemed', -1, ins.id, ${r.userId}, ${r.now} from ins
    )
    select mine.n as mine, exists (select 1 from ins) as inserted from mine`.execute(db);
  return rows[0];
}

/** A redemption with its reward (the station's and the person's names are places' and identity's: rows.ts). */
export interface RedemptionRecord {
  id: string;
  countyId: string;
  rewardId: string;
  rewardName: string;
  kind: MallRewardKind;
  photo: string | null;
  stationId: string;
  userId: string;
  price: number;
  state: MallRedemptionState;
  pickupDigits: string;
  delivery: boolean;
  createdAt: Date;
  expiresAt: Date;
  handedOverAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

function redemptions(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('mallRedemptions as d')
    .innerJoin('mallRewards as r', 'r.id', 'd.rewardId')
    .select([
      'd.id',
      'd.countyId',
      'd.rewardId',
      'r.name as rewardName',
      'r.kind',
      'r.photo',
      'd.stationId',
      'd.userId',
      'd.price',
      'd.state',
      'd.pickupDigits',
      'd.delivery',
      'd.createdAt',
      'd.expiresAt',
      'd.handedOverAt',
      'd.cancelledAt',
      'd.cancelReason',
    ])
    .where('d.countyId', '=', countyId);
}

export function findRedemption(db: Kysely<DB>, countyId: string, redemptionId: string): Promise<RedemptionRecord | undefined> {
  return redemptions(db, countyId).where('d.id', '=', redemptionId).executeTakeFirst();
}

export function redemptionByDigits(db: Kysely<DB>, countyId: string, digits: string): Promise<RedemptionRecord | undefined> {
  return redemptions(db, countyId).where('d.pickupDigits', '=', digits).executeTakeFirst();
}

export function redemptionsOf(db: Kysely<DB>, countyId: string, userId: string): Promise<RedemptionRecord[]> {
  return redemptions(db, countyId).where('d.userId', '=', userId).orderBy('d.createdAt', 'desc').limit(100).execute();
}

export function waitingAt(db: Kysely<DB>, countyId: string, stationId: string): Promise<RedemptionRecord[]> {
  return redemptions(db, countyId).where('d.stationId', '=', stationId).where('d.state', '=', 'pending').orderBy('d.createdAt').limit(500).execute();
}

/** The person's redemptions of a reward that count against its limit. */
export async function liveCount(db: Kysely<DB>, rewardId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('mallRedemptions')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('rewardId', '=', rewardId)
    .where('userId', '=', userId)
    .where('state', 'in', ['pending', 'handed_over'])
    .executeTakeFirstOrThrow();
  return row.n;
}

/** 待领取 → 已领取, only from 待领取 and before it expires: a code is good once, whoever types it first. */
export function settleHandOver(db: Kysely<DB>, countyId: string, redemptionId: string, by: string, now: Date) {
  return db
    .updateTable('mallRedemptions')
    .set({ state: 'handed_over', handedOverAt: now, handedOverBy: by })
    .where('countyId', '=', countyId)
    .where('id', '=', redemptionId)
    .where('state', '=', 'pending')
    .where('expiresAt', '>', now)
    .returning('id')
    .executeTakeFirst();
}

/**
 * 待领取 → 已取消 or 已过期, only from 待领取 (a conditional update: an expiry
 * and a cancel at once end it once). Returns what to give back.
 */
export function closeRedemption(
  db: Kysely<DB>,
  countyId: string,
  redemptionId: string,
  to: { state: 'cancelled'; by: string; reason: string } | { state: 'expired' },
  now: Date,
) {
  return db
    .updateTable('mallRedemptions')
    .set(to.state === 'cancelled' ? { state: 'cancelled', cancelledAt: now, cancelledBy: to.by, cancelReason: to.reason } : { state: 'expired', expiredAt: now })
    .where('countyId', '=', countyId)
    .where('id', '=', redemptionId)
    .where('state', '=', 'pending')
    .$if(to.state === 'expired', (q) => q.where('expiresAt', '<=', now))
    .returning(['id', 'rewardId', 'userId', 'price'])
    .executeTakeFirst();
}

/** The item goes back on the shelf, with its line in the book (one return per redemption: a unique key). */
export async function returnItem(db: Kysely<DB>, r: { countyId: string; rewardId: string; redemptionId: string; by: string | null; now: Date }): Promise<void> {
  await db.updateTable('mallRewards').set({ stock: sql`stock + 1` }).where('countyId', '=', r.countyId).where('id', '=', r.rewardId).execute();
  await db.insertInto('mallStockMoves').values({ id: newId(), countyId: r.countyId, rewardId: r.rewardId, kind: 'returned', delta: 1, redemptionId: r.redemptionId, byUser: r.by, at: r.now }).execute();
}

export function markDelivery(db: Kysely<DB>, countyId: string, redemptionId: string, delivery: boolean, by: string) {
  return db
    .updateTable('mallRedemptions')
    .set({ delivery, deliveryMarkedBy: by })
    .where('countyId', '=', countyId)
    .where('id', '=', redemptionId)
    .where('state', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
}

/** Waiting redemptions past their day, any county, oldest first: the expiry job's work list. */
export function dueRedemptions(db: Kysely<DB>, now: Date, limit: number) {
  return db.selectFrom('mallRedemptions').select(['id', 'countyId']).where('state', '=', 'pending').where('expiresAt', '<=', now).orderBy('expiresAt').limit(limit).execute();
}

export async function insertReward(
  db: Kysely<DB>,
  r: { id: string; countyId: string; stationId: string; kind: MallRewardKind; name: string; description: string; partner: string; photo: string | null; price: number; perPersonLimit: number; pickupDays: number; endsAt: Date | null; createdBy: string; now: Date },
): Promise<void> {
  const { now, ...values } = r;
  await db.insertInto('mallRewards').values({ ...values, stock: 0, createdAt: now, updatedAt: now }).execute();
}

export function updateReward(
  db: Kysely<DB>,
  countyId: string,
  rewardId: string,
  r: { kind: MallRewardKind; name: string; description: string; partner: string; photo: string | null; price: number; perPersonLimit: number; pickupDays: number; endsAt: Date | null; status: 'listed' | 'withdrawn'; now: Date },
) {
  const { now, ...values } = r;
  return db.updateTable('mallRewards').set({ ...values, updatedAt: now }).where('countyId', '=', countyId).where('id', '=', rewardId).returning('id').executeTakeFirst();
}

/**
 * Stock in or adjusted, with its line in the book. The update refuses to
 * take the stock below zero (returns undefined), so a count cannot remove
 * items that redemptions already took.
 */
export async function moveStock(db: Kysely<DB>, m: { countyId: string; rewardId: string; kind: 'in' | 'adjusted'; delta: number; reason: string; by: string; now: Date }): Promise<number | undefined> {
  const row = await db
    .updateTable('mallRewards')
    .set({ stock: sql`stock + ${m.delta}`, updatedAt: m.now })
    .where('countyId', '=', m.countyId)
    .where('id', '=', m.rewardId)
    .where(sql<boolean>`stock + ${m.delta} >= 0`)
    .returning('stock')
    .executeTakeFirst();
  if (!row) return undefined;
  await db.insertInto('mallStockMoves').values({ id: newId(), countyId: m.countyId, rewardId: m.rewardId, kind: m.kind, delta: m.delta, reason: m.reason, byUser: m.by, at: m.now }).execute();
  return row.stock;
}

export function stockBook(db: Kysely<DB>, countyId: string, rewardId: string) {
  return db
    .selectFrom('mallStockMoves as m')
    .select(['m.id', 'm.kind', 'm.delta', 'm.reason', 'm.at', 'm.byUser'])
    .where('m.countyId', '=', countyId)
    .where('m.rewardId', '=', rewardId)
    .orderBy('m.at', 'desc')
    .orderBy('m.id')
    .limit(200)
    .execute();
}

/** Redemptions of rewards by state: what waits and what went out. */
export async function redemptionCounts(db: Kysely<DB>, countyId: string, rewardIds: string[]): Promise<Map<string, { waiting: number; handedOver: number }>> {
  if (rewardIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mallRedemptions')
    .select(['rewardId', sql<number>`count(*) filter (where state = 'pending')::int`.as('waiting'), sql<number>`count(*) filter (where state = 'handed_over')::int`.as('handedOver')])
    .where('countyId', '=', countyId)
    .where('rewardId', 'in', rewardIds)
    .groupBy('rewardId')
    .execute();
  return new Map(rows.map((r) => [r.rewardId, { waiting: r.waiting, handedOver: r.handedOver }]));
}

/** How many redemptions wait at each of these stations (absent: none). */
export async function waitingByStation(db: Kysely<DB>, countyId: string, stationIds: readonly string[]): Promise<Map<string, number>> {
  if (stationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mallRedemptions')
    .select(['stationId', sql<number>`count(*)::int`.as('n')])
    .where('countyId', '=', countyId)
    .where('stationId', 'in', [...stationIds])
    .where('state', '=', 'pending')
    .groupBy('stationId')
    .execute();
  return new Map(rows.map((r) => [r.stationId, r.n] as const));
}

/** For the workbench: redemptions waiting at these stations. */
export async function waitingCount(db: Kysely<DB>, countyId: string, stationIds: readonly string[]): Promise<number> {
  if (stationIds.length === 0) return 0;
  const row = await db
    .selectFrom('mallRedemptions')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('countyId', '=', countyId)
    .where('stationId', 'in', stationIds as string[])
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow();
  return row.n;
}
