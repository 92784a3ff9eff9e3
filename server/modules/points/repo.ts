import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB, PointAccountKind } from '../../db/schema';
import { newId } from '../../core/ids';
import { EARNING_KINDS } from './domain/expiry';

export type AccountRef = { kind: 'person'; userId: string } | { kind: Exclude<PointAccountKind, 'person'> };

/**
 * Adds `delta` to an account, making it on first use, in one statement. A
 * person's account can never go below zero: the CHECK refuses, and a debit
 * asks for `balance >= amount` first so that the caller gets a clear answer.
 * Returns the account's id, or null when a debit finds too few points.
 */
export async function moveBalance(db: Kysely<DB>, countyId: string, ref: AccountRef, delta: number): Promise<string | null> {
  // Only the pool may go negative: it is where the county's points come from.
  if (delta < 0 && ref.kind !== 'pool') {
    const debited = await db
      .updateTable('pointAccounts')
      .set({ balance: sql`balance + ${delta}` })
      .where('countyId', '=', countyId)
      .where('kind', '=', ref.kind)
      .$if(ref.kind === 'person', (q) => q.where('userId', '=', (ref as { userId: string }).userId))
      .where('balance', '>=', -delta)
      .returning('id')
      .executeTakeFirst();
    return debited?.id ?? null;
  }
  const userId = ref.kind === 'person' ? ref.userId : null;
  const row = await sql<{ id: string }>`
    insert into point_accounts (id, county_id, kind, user_id, balance)
    values (${newId()}, ${countyId}, ${ref.kind}, ${userId}, ${delta})
    on conflict ${ref.kind === 'person' ? sql`(user_id) where kind = 'person'` : sql`(county_id, kind) where kind <> 'person'`}
    do update set balance = point_accounts.balance + excluded.balance
    returning id`.execute(db);
  return row.rows[0].id;
}

/**
 * The ledger's record of one transfer: a transfer row (its source key is
 * unique, so a second payment of the same thing fails and rolls back) and two
 * entries that sum to zero, so that every point comes from somewhere.
 */
export async function insertTransfer(
  db: Kysely<DB>,
  t: { id: string; countyId: string; sourceKey: string; kind: string; memo: string; amount: number; fromAccount: string; toAccount: string; at: Date },
): Promise<void> {
  await db
    .insertInto('pointTransfers')
    .values({ id: t.id, countyId: t.countyId, sourceKey: t.sourceKey, kind: t.kind, memo: t.memo, amount: t.amount, fromAccount: t.fromAccount, toAccount: t.toAccount, createdAt: t.at })
    .execute();
  await db
    .insertInto('pointEntries')
    .values([
      { id: newId(), countyId: t.countyId, transferId: t.id, accountId: t.fromAccount, amount: -t.amount, createdAt: t.at },
      { id: newId(), countyId: t.countyId, transferId: t.id, accountId: t.toAccount, amount: t.amount, createdAt: t.at },
    ])
    .execute();
}

export async function transferExists(db: Kysely<DB>, countyId: string, sourceKey: string): Promise<boolean> {
  const row = await db.selectFrom('pointTransfers').select('id').where('countyId', '=', countyId).where('sourceKey', '=', sourceKey).executeTakeFirst();
  return row !== undefined;
}

/**
 * Locks a person's account row (when they have one) for the rest of the
 * transaction. A refund (the mall's account → the person) takes the person's
 * row first, as a spend does, so that a refund and a spend of one person
 * never wait for each other's second row.
 */
export async function lockPersonAccount(db: Kysely<DB>, countyId: string, userId: string): Promise<void> {
  await db.selectFrom('pointAccounts').select('id').where('countyId', '=', countyId).where('kind', '=', 'person').where('userId', '=', userId).forUpdate().execute();
}

export async function personBalance(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db.selectFrom('pointAccounts').select('balance').where('userId', '=', userId).where('kind', '=', 'person').executeTakeFirst();
  return row?.balance ?? 0;
}

/**
 * The entry a history page continues after, only if it is the person's own:
 * a cursor from someone else's account must not page through theirs.
 */
export function ownEntryCursor(db: Kysely<DB>, userId: string, entryId: string) {
  return db
    .selectFrom('pointEntries as e')
    .innerJoin('pointAccounts as a', 'a.id', 'e.accountId')
    .select(['e.id', 'e.createdAt'])
    .where('e.id', '=', entryId)
    .where('a.userId', '=', userId)
    .executeTakeFirst();
}

export async function personEntries(db: Kysely<DB>, userId: string, limit: number, before?: { createdAt: Date; id: string }) {
  return db
    .selectFrom('pointEntries as e')
    .innerJoin('pointAccounts as a', 'a.id', 'e.accountId')
    .innerJoin('pointTransfers as t', 't.id', 'e.transferId')
    .select(['e.id', 'e.amount', 'e.createdAt', 't.kind', 't.memo'])
    .where('a.userId', '=', userId)
    .where('a.kind', '=', 'person')
    .$if(before !== undefined, (q) =>
      q.where((eb) => eb.or([eb('e.createdAt', '<', before!.createdAt), eb.and([eb('e.createdAt', '=', before!.createdAt), eb('e.id', '<', before!.id)])])),
    )
    .orderBy('e.createdAt', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}

/** Years before earned points expire in the county (3 without a policy of its own). */
export async function expiryYears(db: Kysely<DB>, countyId: string): Promise<number> {
  const row = await db.selectFrom('pointPolicies').select('expiryYears').where('countyId', '=', countyId).executeTakeFirst();
  return row?.expiryYears ?? 3;
}

export async function savePolicy(db: Kysely<DB>, p: { countyId: string; expiryYears: number; by: string; at: Date }): Promise<void> {
  await db
    .insertInto('pointPolicies')
    .values({ countyId: p.countyId, expiryYears: p.expiryYears, updatedBy: p.by, updatedAt: p.at })
    .onConflict((oc) => oc.column('countyId').doUpdateSet({ expiryYears: p.expiryYears, updatedBy: p.by, updatedAt: p.at }))
    .execute();
}

/** The counties where someone holds points (the expiry pass's work list). */
export async function countiesWithBalances(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('pointAccounts').select('countyId').where('kind', '=', 'person').where('balance', '>', 0).distinct().execute();
  return rows.map((r) => r.countyId);
}

export interface ExpiryFigures {
  accountId: string;
  userId: string;
  /** earned from the county's pool before the cut-off (and before the notice's cut-off) */
  earnedBefore: number;
  earnedBeforeNotice: number;
  /** points gone out of the account for good: spent, expired, given, less what came back (a refund) */
  consumed: number;
}

/**
 * What the oldest-first rule needs, per person of the county holding points
 * (or only `userId`): points earned from the pool before each cut-off, and what
 * has left the account for good. Spending takes the oldest points first, so
 * what expires is max(0, earned before the cut-off − consumed).
 */
export async function expiryFigures(db: Kysely<DB>, countyId: string, cutoff: Date, noticeCutoff: Date, userId?: string): Promise<ExpiryFigures[]> {
  // Earned: from the pool, or of a kind that earns (domain/expiry.ts: countsAsEarned); any other incoming gives back.
  const earning = sql`(f.kind = 'pool' or t.kind in (${sql.join(EARNING_KINDS.map((k) => sql`${k}`))}))`;
  const rows = await sql<{ accountId: string; userId: string; earnedBefore: string; earnedBeforeNotice: string; consumed: string }>`
    select a.id as "accountId", a.user_id as "userId",
      coalesce(sum(t.amount) filter (where t.to_account = a.id and ${earning} and t.created_at < ${cutoff}), 0) as "earnedBefore",
      coalesce(sum(t.amount) filter (where t.to_account = a.id and ${earning} and t.created_at < ${noticeCutoff}), 0) as "earnedBeforeNotice",
      coalesce(sum(t.amount) filter (where t.from_account = a.id), 0)
        - coalesce(sum(t.amount) filter (where t.to_account = a.id and not ${earning}), 0) as "consumed"
    from point_accounts a
    join point_transfers t on t.county_id = a.county_id and (t.to_account = a.id or t.from_account = a.id)
    join point_accounts f on f.id = t.from_account
    where a.county_id = ${countyId} and a.kind = 'person' and a.balance > 0
      ${userId ? sql`and a.user_id = ${userId}` : sql``}
    group by a.id, a.user_id`.execute(db);
  return rows.rows.map((r) => ({ accountId: r.accountId, userId: r.userId, earnedBefore: Number(r.earnedBefore), earnedBeforeNotice: Number(r.earnedBeforeNotice), consumed: Number(r.consumed) }));
}
