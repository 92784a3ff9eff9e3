import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { currentHome } from '../../households/facade';
import type { QuestionnaireList } from '../contracts';
import { byState } from '../domain/state';
import { mayCreateAny, staffCommunities } from '../permissions';
import { labelledBuildingsOf as buildingsOf } from '../../places/facade';
import { questionnairesFor } from '../repo';
import { toCards } from '../views';

/**
 * 问卷调查: what the caller may answer — county-wide ones (also for people
 * with no home yet) and those of the community and building they live in now,
 * for a child only the children's ones (小手拉大手) and for a grown-up only the
 * others — open first; and, for staff and the admin, what they manage.
 */
export async function listQuestionnaires({ db, actor, now }: UseCaseContext): Promise<QuestionnaireList> {
  const home = await currentHome(db, actor.countyId, actor.userId);
  // a child's are the children's questionnaires (小手拉大手), a grown-up's every other
  const forMeRows = await questionnairesFor(db, actor.countyId, {
    county: true,
    communityIds: home ? [home.communityId] : [],
    buildingIds: home ? [home.buildingId] : [],
    forChildren: actor.isMinor,
  });

  let managedRows: typeof forMeRows = [];
  if (isCountyAdmin(actor)) managedRows = await questionnairesFor(db, actor.countyId, 'all');
  else if (staffCommunities(actor).length) {
    const communityIds = staffCommunities(actor);
    const buildingIds = (await buildingsOf(db, actor.countyId, communityIds)).map((b) => b.id);
    managedRows = await questionnairesFor(db, actor.countyId, { county: true, communityIds, buildingIds });
  }

  const cards = await toCards(db, actor, [...new Map([...forMeRows, ...managedRows].map((r) => [r.id, r])).values()], now, home);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const ordered = (rows: typeof forMeRows) => byState(rows, now).map((r) => byId.get(r.id)!);
  return { forMe: ordered(forMeRows), managed: ordered(managedRows), mayCreate: mayCreateAny(actor) };
}
