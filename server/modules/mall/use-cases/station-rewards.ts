import type { UseCaseContext } from '../../../core/action';
import type { RewardCard } from '../contracts';
import { assertRunsStation } from '../permissions';
import { stationRewardRows } from '../rows';
import { rewardCard } from '../views';

/** A station's rewards as its staff manage them: listed first, then withdrawn. */
export async function stationRewards(ctx: UseCaseContext, input: { stationId: string }): Promise<RewardCard[]> {
  assertRunsStation(ctx.actor, input.stationId);
  return (await stationRewardRows(ctx.db, ctx.actor.countyId, input.stationId)).map(rewardCard);
}
