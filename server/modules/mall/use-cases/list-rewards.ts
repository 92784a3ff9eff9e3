import type { UseCaseContext } from '../../../core/action';
import { personBalance } from '../../points/facade';
import type { MallView } from '../contracts';
import { openRewards } from '../rows';
import { rewardCard } from '../views';

/** 积分超市: what can be redeemed now in the county (or at one station), and the caller's balance. */
export async function listRewards(ctx: UseCaseContext, input: { stationId?: string }): Promise<MallView> {
  const [balance, rows] = await Promise.all([personBalance(ctx.db, ctx.actor.userId), openRewards(ctx.db, ctx.actor.countyId, ctx.now, input.stationId)]);
  return { balance, rewards: rows.map(rewardCard) };
}
