import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { AccountRef, insertTransfer, moveBalance, transferExists } from './repo';

export type { AccountRef } from './repo';

/**
 * Too few points for a transfer: a CONFLICT (积分不足) whose `reason` is the
 * stable code a caller matches to say it in its own words, never the message.
 */
export class InsufficientPoints extends AppError {
  readonly reason = 'INSUFFICIENT_POINTS' as const;
  constructor() {
    super('CONFLICT', '积分不足');
  }
}

export function isInsufficientPoints(error: unknown): error is InsufficientPoints {
  return error instanceof AppError && (error as Partial<InsufficientPoints>).reason === 'INSUFFICIENT_POINTS';
}

export interface Transfer {
  countyId: string;
  from: AccountRef;
  to: AccountRef;
  amount: number;
  /** What caused it ("activity:<id>:<user>"): a second transfer with the same key pays nothing. */
  sourceKey: string;
  kind: string;
  /** What the person reads in their history. */
  memo: string;
  at: Date;
}

/**
 * Moves points between two accounts in the caller's transaction: one transfer,
 * two entries that sum to zero, both cached balances. Returns false when the
 * source key has paid already. Too few points is a CONFLICT that writes nothing;
 * two racing payments of one key meet the unique key and one rolls back.
 */
export async function transfer(db: Kysely<DB>, t: Transfer): Promise<boolean> {
  if (!Number.isInteger(t.amount) || t.amount <= 0) throw new RangeError('transfer: amount must be a positive integer');
  if (await transferExists(db, t.countyId, t.sourceKey)) return false;
  const fromAccount = await moveBalance(db, t.countyId, t.from, -t.amount);
  if (fromAccount === null) throw new InsufficientPoints();
  const toAccount = await moveBalance(db, t.countyId, t.to, t.amount);
  await insertTransfer(db, { id: newId(), countyId: t.countyId, sourceKey: t.sourceKey, kind: t.kind, memo: t.memo, amount: t.amount, fromAccount, toAccount: toAccount!, at: t.at });
  return true;
}

/** Points from the county's pool to a person (service hours, an accepted report). */
export function award(db: Kysely<DB>, a: { countyId: string; userId: string; amount: number; sourceKey: string; kind: string; memo: string; at: Date }): Promise<boolean> {
  return transfer(db, { countyId: a.countyId, from: { kind: 'pool' }, to: { kind: 'person', userId: a.userId }, amount: a.amount, sourceKey: a.sourceKey, kind: a.kind, memo: a.memo, at: a.at });
}

export { lockPersonAccount, personBalance } from './repo';
export { expirePoints } from './use-cases/expire-points';
