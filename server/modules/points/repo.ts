import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB, PointAccountKind } from '../../db/schema';
import { newId } from '../../core/ids';

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
