import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB, PointAccountKind } from '../../db/schema';
import { newId } from '../../core/ids';
import { EARNING_KINDS } from './domain/expiry';

export type AccountRef = { kind: 'person'; userId: string } | { kind: Exclude<PointAccountKind, 'person'> };

/** Which row an account is, for a WHERE or an ON CONFLICT target. */
function accountWhere(ref: AccountRef) {
  return ref.kind === 'person' ? sql`kind = 'person' and user_id = ${ref.userId}` : sql`kind = ${ref.kind}`;
}
function conflictTarget(ref: AccountRef) {
  return ref.kind === 'person' ? sql`(user_id) where kind = 'person'` : sql`(county_id, kind) where kind <> 'person'`;
}

export type RecordedTransfer = 'paid' | 'already' | 'short';

/**
 * One transfer in one statement: the debit, the credit (the account made on
 * first use), the transfer row and its two entries that sum to zero. One
 * round trip, so the accounts a busy path shares (the mall's, the escrow)
 * are held for as short a time as the commit allows. Each part reads only
 * what the one before RETURNS (never a row read before a wait), so what a
 * racing transfer changed is what each part moves from. A person's, the
 * mall's or the escrow's account can never go below zero: the debit asks for
 * `balance >= amount` (the CHECK is the last word); only the pool, where the
 * county's points come from, may. 'already': the source key has paid; two
 * racing payments of one key meet its unique index and one rolls back.
 */
export async function recordTransfer(
  db: Kysely<DB>,
  t: { countyId: string; from: AccountRef; to: AccountRef; amount: number; sourceKey: string; kind: string; memo: string; at: Date },
): Promise<RecordedTransfer> {
  const done = sql`select 1 from point_transfers where county_id = ${t.countyId} and source_key = ${t.sourceKey}`;
  const debit =
    t.from.kind === 'pool'
      ? sql`insert into point_accounts (id, county_id, kind, user_id, balance)
          select ${newId()}, ${t.countyId}, 'pool', null, ${-t.amount} where not exists (${done})
          on conflict ${conflictTarget(t.from)} do update set balance = point_accounts.balance + excluded.balance
          returning id`
      : sql`update point_accounts set balance = balance - ${t.amount}
          where county_id = ${t.countyId} and ${accountWhere(t.from)} and balance >= ${t.amount} and not exists (${done})
          returning id`;
  const toUser = t.to.kind === 'person' ? t.to.userId : null;
  const { rows } = await sql<{ already: boolean; paid: boolean }>`
    with debit as (${debit}),
    credit as (
      insert into point_accounts (id, county_id, kind, user_id, balance)
      select ${newId()}, ${t.countyId}, ${t.to.kind}, ${toUser}, ${t.amount} from debit
      on conflict ${conflictTarget(t.to)} do update set balance = point_accounts.balance + excluded.balance
      returning id
    ), paid as (
      insert into point_transfers (id, county_id, source_key, kind, memo, amount, from_account, to_account, created_at)
      select ${newId()}, ${t.countyId}, ${t.sourceKey}, ${t.kind}, ${t.memo}, ${t.amount}, debit.id, credit.id, ${t.at} from debit, credit
      returning id
    ), debited as (
      insert into point_entries (id, county_id, transfer_id, account_id, amount, created_at)
      select ${newId()}, ${t.countyId}, paid.id, debit.id, ${-t.amount}, ${t.at} from paid, debit
    ), credited as (
      insert into point_entries (id, county_id, transfer_id, account_id, amount, created_at)
      select ${newId()}, ${t.countyId}, paid.id, credit.id, ${t.amount}, ${t.at} from paid, credit
    )
    select exists (${done}) as already, exists (select 1 from paid) as paid`.execute(db);
  const { already, paid } = rows[0];
  return paid ? 'paid' : already ? 'already' : 'short';
}

/**
 * Locks a person's account row (when they have one) for the rest of the
 * transaction, and answers its balance (0 without one). A spend and a refund
 * both take the person's row first, so that a refund and a spend of one
 * person never wait for each other's second row, and one person's spends at
 * once are served one after the other.
 */
export async function lockPersonAccount(db: Kysely<DB>, countyId: string, userId: string): Promise<number> {
  const row = await db.selectFrom('pointAccounts').select('balance').where('countyId', '=', countyId).where('kind', '=', 'person').where('userId', '=', userId).forUpdate().executeTakeFirst();
  return row?.balance ?? 0;
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
