import type { UseCaseContext } from '../../../core/action';
import { scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { MatterView } from '../contracts';
import { REFUSALS } from '../permissions';
import { mattersOfBuildings } from '../repo';
import { buildingsInScope } from '../scope';
import { toViews } from '../views';

/**
 * 楼栋事务: a captain's buildings' matters, and for community staff every
 * building of their communities — open first, then answered, then the rest.
 * Each shows the room and the resident's masked name, never the phone.
 */
export async function matterQueue({ db, actor }: UseCaseContext): Promise<MatterView[]> {
  const buildings = scopesOf(actor, 'captain');
  const communities = scopesOf(actor, 'staff');
  if (buildings.length === 0 && communities.length === 0) throw fail.forbidden(REFUSALS.queue);
  return toViews(db, actor, await mattersOfBuildings(db, actor.countyId, await buildingsInScope(db, actor.countyId, { buildingIds: buildings, communityIds: communities })));
}
