import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import type { PlanView } from '../contracts';
import { allNodes } from '../repo';
import { buildForest, namesFor } from '../views';

/** The command centre's plan tree, progress rolled up by weight. */
export async function viewPlan({ db, actor, now }: UseCaseContext): Promise<PlanView> {
  const rows = await allNodes(db, actor.countyId);
  return { today: beijingDay(now), plans: buildForest(rows, await namesFor(db, rows), now) };
}
