import type { UseCaseContext } from '../../../core/action';
import type { StationOption } from '../contracts';
import { stationsRun } from '../permissions';
import { stationsWithWaiting } from '../repo';

/** The stations whose mall the caller runs, with what waits at each. */
export function myStations(ctx: UseCaseContext): Promise<StationOption[]> {
  return stationsWithWaiting(ctx.db, ctx.actor.countyId, stationsRun(ctx.actor));
}
