import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { currentHome } from '../../households/facade';
import { openQuestionnairesFor } from '../repo';

/** 首页's to-do: open questionnaires for the caller that they have not answered yet, closing soonest first. */
export async function pendingQuestionnaires({ db, actor, now }: UseCaseContext): Promise<{ id: string; title: string; closesAt: string }[]> {
  if (actor.isMinor) return [];
  const home = await currentHome(db, actor.countyId, actor.userId);
  const rows = await openQuestionnairesFor(db, actor.countyId, { communityIds: home ? [home.communityId] : [], buildingIds: home ? [home.buildingId] : [] }, now, actor.userId);
  return rows.map((r) => ({ id: r.id, title: r.title, closesAt: iso(r.closesAt) }));
}
