import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import type { ActivityCard } from '../contracts';
import type { ActivityRow } from '../repo';
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
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('volunteerTeams as t', 't.id', 'a.teamId')
    .leftJoin('communities as c', 'c.id', 'a.communityId')
    .leftJoin('activitySignups as s', (join) => join.onRef('s.activityId', '=', 'a.id').on('s.userId', '=', actor.userId).on('s.status', '!=', 'cancelled'))
    .selectAll('a')
    .select((eb) => [eb.fn.coalesce('t.name', 'c.name').as('organiserName'), 's.status as mySignup'])
    .where('a.countyId', '=', actor.countyId)
    .$if(input.filter === 'open', (q) => q.where('a.status', '=', 'open').where('a.endsAt', '>', now).orderBy('a.startsAt', 'asc'))
    .$if(input.filter === 'mine', (q) => q.where('s.id', 'is not', null).orderBy('a.startsAt', 'desc'))
    .$if(input.filter === 'manage', (q) =>
      isCountyAdmin(actor)
        ? q.orderBy('a.startsAt', 'desc')
        : q
            .where((eb) =>
              eb.or([...(teamIds.length ? [eb('a.teamId', 'in', teamIds)] : []), ...(communityIds.length ? [eb('a.communityId', 'in', communityIds)] : [])]),
            )
            .orderBy('a.startsAt', 'desc'),
    )
    .limit(LIMIT)
    .execute();
  return rows.map((r) => activityCard(r as unknown as ActivityRow, r.mySignup ?? null));
}
