import type { UseCaseContext } from '../../../core/action';
import type { StationRedemption } from '../contracts';
import { assertRunsStation } from '../permissions';
import { waitingAt } from '../rows';
import { stationRedemption } from '../views';

/** 待领取 at a station, oldest first (those marked 送上门 among them). */
export async function waitingList(ctx: UseCaseContext, input: { stationId: string }): Promise<StationRedemption[]> {
  assertRunsStation(ctx.actor, input.stationId);
  return (await waitingAt(ctx.db, ctx.actor.countyId, input.stationId)).map(stationRedemption);
}
