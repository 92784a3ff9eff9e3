import type { UseCaseContext } from '../../../core/action';
import { currentHome } from '../../households/facade';
import { profileOf } from '../../identity/facade';
import { householdLabel } from '../../places/facade';
import type { StationRedemption } from '../contracts';
import { assertRunsStation } from '../permissions';
import { waitingAt } from '../rows';
import { stationRedemption } from '../views';

/**
 * 待领取 at a station, oldest first (those marked 送上门 among them). Staff see
 * a resident's full name, home and phone only for what they take to the door:
 * the few housebound residents a station delivers to, looked up one by one.
 */
export async function waitingList(ctx: UseCaseContext, input: { stationId: string }): Promise<StationRedemption[]> {
  assertRunsStation(ctx.actor, input.stationId);
  const rows = await waitingAt(ctx.db, ctx.actor.countyId, input.stationId);
  return Promise.all(
    rows.map(async (d) => {
      const view = stationRedemption(d);
      if (!d.delivery) return view;
      const [home, profile] = await Promise.all([currentHome(ctx.db, ctx.actor.countyId, d.userId), profileOf(ctx.db, d.userId)]);
      return { ...view, deliverTo: { name: d.userName, home: home ? householdLabel(home) : null, phone: profile.phone } };
    }),
  );
}
