import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { deliver } from '../../inbox/facade';
import { expiredNotice } from '../notices';
import { closeRedemption, dueRedemptions } from '../repo';
import { findRedemption } from '../rows';
import { giveBack } from './give-back';

const BATCH = 200;

/**
 * The scheduler's job: redemptions still 待领取 after their pickup days end
 * as 已过期, each in a transaction of its own (a slow one holds no other
 * person's row), giving the item and the points back and telling the
 * resident. Idempotent: a redemption leaves 待领取 by one conditional update,
 * so a second pass, or a pass racing a cancel or a hand-over, gives nothing
 * twice.
 */
export async function expireUnclaimed(db: Kysely<DB>, now: Date): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await dueRedemptions(db, now, BATCH);
    for (const { id, countyId } of due) {
      const done = await db.transaction().execute(async (trx) => {
        const closed = await closeRedemption(trx, countyId, id, { state: 'expired' }, now);
        if (!closed) return false;
        const d = (await findRedemption(trx, countyId, id))!;
        await giveBack(trx, { countyId, redemptionId: id, rewardId: d.rewardId, rewardName: d.rewardName, userId: d.userId, price: d.price, by: null, why: 'expired', now });
        await deliver(trx, countyId, [expiredNotice(d)], now);
        return true;
      });
      if (done) expired++;
    }
    if (due.length < BATCH) return expired;
  }
}
