import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { currentHome } from '../../households/facade';
import { openQuestionnairesFor } from '../repo';

/** 首页's to-do (and the child's 给小朋友的问卷): open questionnaires for the caller — a child's the children's ones only, a grown-up's the others — not answered yet, closing soonest first. */
export async function pendingQuestionnaires({ db, actor, now }: UseCaseContext): Promise<{ id: string; title: string; closesAt: string }[]> {
  const home = await currentHome(db, actor.countyId, actor.userId);
  const rows = await openQuestionnairesFor(db, actor.countyId, { communityIds: home ? [home.communityId] : [], buildingIds: home ? [home.buildingId] : [], forChildren: actor.isMinor }, now, actor.userId);
  return rows.map((r) => ({ id: r.id, title: r.title, closesAt: iso(r.closesAt) }));
}
