import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { personBalance } from '../../points/facade';
import type { RewardView } from '../contracts';
import { whyNotRedeem } from '../domain/rules';
import { liveCount } from '../repo';
import { findReward } from '../rows';
import { rewardCard } from '../views';

export async function rewardDetail(ctx: UseCaseContext, input: { rewardId: string }): Promise<RewardView> {
  const { db, actor, now } = ctx;
  const r = await findReward(db, actor.countyId, input.rewardId);
  if (!r) throw fail.notFound('没有找到这件礼品，可能已经下架');
  const [balance, mine] = await Promise.all([personBalance(db, actor.userId), liveCount(db, r.id, actor.userId)]);
  return { ...rewardCard(r), stationAddress: r.stationAddress, mine, balance, cannotRedeem: whyNotRedeem(r, { balance, mine, isMinor: actor.isMinor }, now) };
}
