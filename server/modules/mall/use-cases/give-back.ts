import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { lockPersonAccount, transfer } from '../../points/facade';
import { returnItem } from '../repo';

/**
 * What a redemption that ends unclaimed gives back, in the caller's
 * transaction: the item to the shelf (one return per redemption) and the
 * points from the mall's account to the person (the source key pays once).
 * The rows are taken in the order a spend takes them (redeem.ts): the
 * person's account, the reward, the mall's account; so a refund and a spend
 * never deadlock.
 */
export async function giveBack(db: Kysely<DB>, r: { countyId: string; redemptionId: string; rewardId: string; rewardName: string; userId: string; price: number; by: string | null; why: 'cancelled' | 'expired'; now: Date }): Promise<void> {
  await lockPersonAccount(db, r.countyId, r.userId);
  await returnItem(db, { countyId: r.countyId, rewardId: r.rewardId, redemptionId: r.redemptionId, by: r.by, now: r.now });
  await transfer(db, {
    countyId: r.countyId,
    from: { kind: 'mall' },
    to: { kind: 'person', userId: r.userId },
    amount: r.price,
    sourceKey: `mall:${r.redemptionId}:refund`,
    kind: 'mall_refund',
    memo: `${r.why === 'cancelled' ? '兑换取消' : '兑换过期'}，退回：${r.rewardName}`,
    at: r.now,
  });
}
