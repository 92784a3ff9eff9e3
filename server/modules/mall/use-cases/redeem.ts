import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { isInsufficientPoints, transfer } from '../../points/facade';
import type { RedemptionView } from '../contracts';
import { newDigits } from '../domain/pickup-code';
import { expiresAt, whyNotRedeem } from '../domain/rules';
import { insertRedemption, takeItem } from '../repo';
import { findRedemption, findReward } from '../rows';
import { redeemedNotice } from '../notices';
import { ownRedemption, pickupKey } from '../views';

const DIGIT_TRIES = 5;

/**
 * 兑换, in one transaction: an item off the shelf (a conditional update that
 * holds the reward's row, so the last item goes once), the redemption with
 * its pickup code and its line in the stock book (counted against the
 * person's limit only after the row is held), then the points from the
 * person to the county's mall account (a conditional debit: never below
 * zero), and the code in 消息. Anything refused rolls all of it back.
 * The mall's account row, shared by every redemption of the county, is
 * touched last, so that it is held for the shortest time.
 */
export async function redeem(ctx: UseCaseContext, input: { rewardId: string }): Promise<RedemptionView> {
  const { db, actor, now } = ctx;
  const key = pickupKey(ctx.keys);
  const taken = await takeItem(db, actor.countyId, input.rewardId, now);
  if (!taken) {
    // Nothing was taken: say why, from the reward as it is now.
    const r = await findReward(db, actor.countyId, input.rewardId);
    if (!r) throw fail.notFound('没有找到这件礼品，可能已经下架');
    const why = whyNotRedeem(r, { balance: Number.MAX_SAFE_INTEGER, mine: 0, isMinor: false }, now) ?? '已经兑换完了，过几天再来看看吧';
    throw fail.conflict(why);
  }
  const id = newId();
  const until = expiresAt(now, taken.pickupDays);
  let digits = '';
  for (let tries = 0; !digits; tries++) {
    if (tries === DIGIT_TRIES) throw fail.conflict('系统繁忙，请再试一次');
    const candidate = newDigits();
    const made = await insertRedemption(db, { id, countyId: actor.countyId, rewardId: taken.id, stationId: taken.stationId, userId: actor.userId, price: taken.price, digits: candidate, limit: taken.perPersonLimit, now, expiresAt: until });
    if (made.mine >= taken.perPersonLimit) throw fail.conflict(`每人最多兑换${taken.perPersonLimit}件，您已经兑换过了`);
    if (made.inserted) digits = candidate;
  }
  const paid = await transfer(db, {
    countyId: actor.countyId,
    from: { kind: 'person', userId: actor.userId },
    to: { kind: 'mall' },
    amount: taken.price,
    sourceKey: `mall:${id}:redeem`,
    kind: 'mall_redeem',
    memo: `兑换：${taken.name}`,
    at: now,
  }).catch((error: unknown) => {
    if (isInsufficientPoints(error)) throw fail.conflict(`积分不够兑换${taken.name}（需要${taken.price}分）`);
    throw error;
  });
  if (!paid) throw new Error('mall.redeem: a new redemption was paid already');
  const made = await findRedemption(db, actor.countyId, id);
  await deliver(db, actor.countyId, [redeemedNotice(made!, taken.pickupDays)], now);
  return ownRedemption(made!, key);
}
