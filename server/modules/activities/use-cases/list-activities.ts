import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import type { ActivityCard } from '../contracts';
import { listedActivities } from '../rows';
import { activityCard } from '../views';

const LIMIT = 50;

/**
 * open: what is still ahead, soonest first; mine: what the caller signed up
 * for, latest first; manage: what the caller organises, latest first.
 */
export async function listActivities(ctx: UseCaseContext, input: { filter: 'open' | 'mine' | 'manage' }): Promise<ActivityCard[]> {
  const { db, actor, now } = ctx;
  const teamIds = scopesOf(actor, 'team_lead');
  const communityIds = scopesOf(actor, 'staff');
  if (input.filter === 'manage' && !isCountyAdmin(actor) && teamIds.length === 0 && communityIds.length === 0) return [];
  const rows = await listedActivities(db, {
    countyId: actor.countyId,
    userId: actor.userId,
    filter: input.filter,
    manages: isCountyAdmin(actor) ? 'county' : { teamIds, communityIds },
    now,
    limit: LIMIT,
  });
  return rows.map((r) => activityCard(r, r.mySignup ?? null));
}
