import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors';
import type { DB } from '../../db/schema';
import { AccountRef, recordTransfer } from './repo';

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
  const recorded = await recordTransfer(db, t);
  if (recorded === 'short') throw new InsufficientPoints();
  return recorded === 'paid';
}

/** Points from the county's pool to a person (service hours, an accepted report). */
export function award(db: Kysely<DB>, a: { countyId: string; userId: string; amount: number; sourceKey: string; kind: string; memo: string; at: Date }): Promise<boolean> {
  return transfer(db, { countyId: a.countyId, from: { kind: 'pool' }, to: { kind: 'person', userId: a.userId }, amount: a.amount, sourceKey: a.sourceKey, kind: a.kind, memo: a.memo, at: a.at });
}

export { lockPersonAccount, personBalance } from './repo';
export { expirePoints } from './use-cases/expire-points';
