import type { UseCaseContext } from '../../../core/action';
import { listStations } from '../../places/facade';
import type { StationOption } from '../contracts';
import { stationsRun } from '../permissions';
import { waitingByStation } from '../repo';

/** The stations whose mall the caller runs (as places lists them), with what waits at each. */
export async function myStations(ctx: UseCaseContext): Promise<StationOption[]> {
  const run = stationsRun(ctx.actor);
  const stations = (await listStations(ctx.db, ctx.actor.countyId)).filter((s) => run === 'all' || run.includes(s.id));
  const waiting = await waitingByStation(ctx.db, ctx.actor.countyId, stations.map((s) => s.id));
  return stations.map((s) => ({ id: s.id, name: s.name, address: s.address, waiting: waiting.get(s.id) ?? 0 }));
}
