import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { deliver } from '../../inbox/facade';
import { isInsufficientPoints, lockPersonAccount, transfer } from '../../points/facade';
import type { RedemptionView } from '../contracts';
import { newDigits } from '../domain/pickup-code';
import { expiresAt, whyNotRedeem } from '../domain/rules';
import { findReward as findRewardRecord, insertRedemption, takeItem } from '../repo';
import { findRedemption } from '../rows';
import { redeemedNotice } from '../notices';
import { ownRedemption, pickupKey } from '../views';

const DIGIT_TRIES = 5;

/**
 * 兑换, in one transaction. The person's own rows come first: their points
 * account is locked (their redemptions at once are served one after the
 * other, each counted against the limit and the balance after the one
 * before), then the redemption with its pickup code, its line in the stock
 * book and the code in 消息. The rows everyone shares come last, each held
 * only until COMMIT: the reward's (a conditional update, so the last item
 * goes once, and only at the price and station the redemption was made
 * with), then the mall's account, paid in one statement (a conditional
 * debit: never below zero). Anything refused rolls all of it back. Refunds
 * (give-back.ts) take the rows in the same order: person, reward, mall.
 */
export async function redeem(ctx: UseCaseContext, input: { rewardId: string }): Promise<RedemptionView> {
  const { db, actor, now } = ctx;
  const key = pickupKey(ctx.keys);
  const r = await findRewardRecord(db, actor.countyId, input.rewardId);
  if (!r) throw fail.notFound('没有找到这件礼品，可能已经下架');
  const closed = whyNotRedeem(r, { balance: Number.MAX_SAFE_INTEGER, mine: 0, isMinor: false }, now);
  if (closed) throw fail.conflict(closed);
  const balance = await lockPersonAccount(db, actor.countyId, actor.userId);
  if (balance < r.price) throw fail.conflict(`积分不够兑换${r.name}（需要${r.price}分）`);

  const id = newId();
  let digits = '';
  for (let tries = 0; !digits; tries++) {
    if (tries === DIGIT_TRIES) throw fail.conflict('系统繁忙，请再试一次');
    const candidate = newDigits();
    const made = await insertRedemption(db, { id, countyId: actor.countyId, rewardId: r.id, stationId: r.stationId, userId: actor.userId, price: r.price, digits: candidate, limit: r.perPersonLimit, now, expiresAt: expiresAt(now, r.pickupDays) });
    if (made.mine >= r.perPersonLimit) throw fail.conflict(`每人最多兑换${r.perPersonLimit}件，您已经兑换过了`);
    if (made.inserted) digits = candidate;
  }
  const made = (await findRedemption(db, actor.countyId, id))!;
  await deliver(db, actor.countyId, [redeemedNotice(made, r.pickupDays)], now);

  if (!(await takeItem(db, actor.countyId, r.id, now, { price: r.price, stationId: r.stationId }))) {
    // Taken by others meanwhile, or changed: say why from the reward as it is now.
    const after = await findRewardRecord(db, actor.countyId, r.id);
    const why = after && whyNotRedeem(after, { balance: Number.MAX_SAFE_INTEGER, mine: 0, isMinor: false }, now);
    throw fail.conflict(why || '这件礼品刚刚有了变化，请刷新后再兑换');
  }
  const paid = await transfer(db, {
    countyId: actor.countyId,
    from: { kind: 'person', userId: actor.userId },
    to: { kind: 'mall' },
    amount: r.price,
    sourceKey: `mall:${id}:redeem`,
    kind: 'mall_redeem',
    memo: `兑换：${r.name}`,
    at: now,
  }).catch((error: unknown) => {
    if (isInsufficientPoints(error)) throw fail.conflict(`积分不够兑换${r.name}（需要${r.price}分）`);
    throw error;
  });
  if (!paid) throw new Error('mall.redeem: a new redemption was paid already');
  return ownRedemption(made, key);
}
