import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { HELP_KIND_LABELS, type HelpKind } from '../contracts';
import { openRequestsOf, unnameRequests, updateRequest } from '../repo';
import { refundRequester } from './move-escrow';

/**
 * 注销, in the caller's transaction: what the person asked for and nobody
 * accepted is withdrawn (its points back out of escrow); requests under way
 * or in dispute stay for the other side and the community, with the
 * person's name gone from all of them.
 */
export async function forgetHelp(db: Kysely<DB>, userId: string, now: Date): Promise<void> {
  for (const r of await openRequestsOf(db, userId)) {
    await updateRequest(db, r.id, { state: 'cancelled', closedAt: now });
    await refundRequester(db, r, HELP_KIND_LABELS[r.kind as HelpKind], now);
  }
  await unnameRequests(db, userId);
}
