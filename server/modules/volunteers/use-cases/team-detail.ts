import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { TeamView } from '../contracts';
import { findTeam } from '../repo';
import { upcomingActivities } from '../rows';
import { toCards } from '../views';

const UPCOMING = 5;

/** A team's card and its next open activities. */
export async function teamDetail({ db, actor, now }: UseCaseContext, input: { teamId: string }): Promise<TeamView> {
  const team = await findTeam(db, actor.countyId, input.teamId);
  if (!team) throw fail.notFound('没有找到这支队伍');
  const [[card], upcoming] = await Promise.all([toCards(db, actor, [team]), upcomingActivities(db, actor.countyId, team.id, now, UPCOMING)]);
  return { ...card, upcoming: upcoming.map((a) => ({ id: a.id, title: a.title, startsAt: iso(a.startsAt), placeName: a.placeName })) };
}
