import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, type HelpKind } from '../contracts';
import { expiredNotice } from '../notices';
import { dueOpenRequests, lockRequest, updateRequest } from '../repo';
import { refundRequester } from './move-escrow';

const BATCH = 200;

/**
 * The scheduler's job: a request nobody accepted by its time is cancelled and
 * its points go back, and the requester is told. Each in a transaction of its
 * own, the request's row held first and its state read again, so a pass
 * racing an accept or a cancel (or another pass) gives nothing back twice.
 */
export async function expireUnaccepted(db: Kysely<DB>, now: Date): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await dueOpenRequests(db, now, BATCH);
    for (const { id, countyId } of due) {
      const done = await db.transaction().execute(async (trx) => {
        const r = await lockRequest(trx, countyId, id);
        if (!r || r.state !== 'open') return false;
        const label = HELP_KIND_LABELS[r.kind as HelpKind];
        await updateRequest(trx, r.id, { state: 'cancelled', closedAt: now });
        await refundRequester(trx, r, label, now);
        await deliver(trx, countyId, [expiredNotice(r, label)], now);
        return true;
      });
      if (done) expired++;
    }
    if (due.length < BATCH) return expired;
  }
}
