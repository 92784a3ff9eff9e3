import type { UseCaseContext } from '../../../core/action';
import type { MatterView } from '../contracts';
import { mattersRaisedBy } from '../repo';
import { toViews } from '../views';

/** The caller's own matters, newest first, with where each stands and the captain's answer — wherever they live now. */
export async function myMatters({ db, actor }: UseCaseContext): Promise<MatterView[]> {
  return toViews(db, actor, await mattersRaisedBy(db, actor.countyId, actor.userId));
}
