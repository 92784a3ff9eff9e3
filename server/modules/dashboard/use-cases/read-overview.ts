import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { listAreas } from '../../places/facade';
import { planStandingFor } from '../../tasks/facade';
import type { DashboardOverview, dashboardInputs, TaskProgressSlot } from '../contracts';
import { byAreaOf, daysEnding, METRICS, seriesOf, type Metric } from '../domain/metrics';
import { countersBetween, countersByArea } from '../repo';

type Input = z.output<typeof dashboardInputs.overview>;

/** Task progress for the dashboard, from the tasks module (null: the county has no plan yet). */
async function taskProgress({ db, actor, now }: UseCaseContext, areaId: string | null): Promise<TaskProgressSlot | null> {
  return planStandingFor(db, actor.countyId, now, areaId);
}

/**
 * 全县每日情况: the county's (or one 片区's) day-by-day figures, and for the
 * county its 片区 side by side, read from the daily counters only.
 */
export async function readOverview(ctx: UseCaseContext, input: Input): Promise<DashboardOverview> {
  const { db, actor, now } = ctx;
  const areas = await listAreas(db, actor.countyId);
  const areaId = input.areaId ?? null;
  if (areaId !== null && !areas.some((a) => a.id === areaId)) throw fail.notFound('没有找到这个片区');
  const days = daysEnding(beijingDay(now), input.days);
  const window = { countyId: actor.countyId, from: days[0], to: days[days.length - 1] };
  const rows = await countersBetween(db, { ...window, areaId });
  const series = seriesOf(days, rows);
  const totals = Object.fromEntries(METRICS.map((m) => [m, series[m].reduce((s, n) => s + n, 0)])) as Record<Metric, number>;
  const byArea = areaId === null ? byAreaOf(areas.map((a) => a.id), await countersByArea(db, window)) : [];
  return { days, areas, areaId, series, totals, byArea, tasks: await taskProgress(ctx, areaId) };
}
