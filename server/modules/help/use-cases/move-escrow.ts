import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { type AccountRef, lockPersonAccount, transfer } from '../../points/facade';
import type { HelpRow } from '../repo';

/** Where a request's points came from: the requester's account, or the county's pool for a named person staff posted for. */
export function payer(r: Pick<HelpRow, 'requesterId'>): AccountRef {
  return r.requesterId ? { kind: 'person', userId: r.requesterId } : { kind: 'pool' };
}

/**
 * Pays the helper out of escrow (once: the source key). It counts as points
 * newly earned by the helper (points/domain/expiry.ts: `help_pay`). The
 * helper's account row is locked before escrow's, the order a spend takes
 * them, so a payment and the helper's own post never deadlock.
 */
export async function payHelper(db: Kysely<DB>, r: HelpRow, label: string, at: Date): Promise<boolean> {
  await lockPersonAccount(db, r.countyId, r.helperId!);
  return transfer(db, { countyId: r.countyId, from: { kind: 'escrow' }, to: { kind: 'person', userId: r.helperId! }, amount: r.points, sourceKey: `help:${r.id}:pay`, kind: 'help_pay', memo: `互助：${label}`, at });
}

/** Gives the points back from escrow to where they came from (once: the source key); a refund, not newly earned. */
export async function refundRequester(db: Kysely<DB>, r: HelpRow, label: string, at: Date): Promise<boolean> {
  if (r.requesterId) await lockPersonAccount(db, r.countyId, r.requesterId);
  return transfer(db, { countyId: r.countyId, from: { kind: 'escrow' }, to: payer(r), amount: r.points, sourceKey: `help:${r.id}:refund`, kind: 'help_refund', memo: `互助取消，退回：${label}`, at });
}
