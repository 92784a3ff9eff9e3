import type { UseCaseContext } from '../../../core/action';
import type { RedemptionView } from '../contracts';
import { redemptionsOf } from '../rows';
import { ownRedemption, pickupKey } from '../views';

/** 我的兑换: newest first; those waiting carry their pickup code. */
export async function myRedemptions(ctx: UseCaseContext): Promise<RedemptionView[]> {
  const key = pickupKey(ctx.keys);
  return (await redemptionsOf(ctx.db, ctx.actor.countyId, ctx.actor.userId)).map((d) => ownRedemption(d, key));
}
