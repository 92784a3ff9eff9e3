import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import type { LeaderboardView } from '../contracts';
import { Period, periodBounds } from '../domain/periods';
import { minutesByCommunity, minutesByTeam } from '../rows';

const TOP = 20;

/** Certified minutes by team and by community in this Beijing week (Mon–Sun) or month: no person appears. */
export async function hoursLeaderboard({ db, actor, now }: UseCaseContext, input: { period: Period }): Promise<LeaderboardView> {
  const { from, to } = periodBounds(input.period, beijingDay(now));
  const [teams, communities] = await Promise.all([minutesByTeam(db, actor.countyId, from, to, TOP), minutesByCommunity(db, actor.countyId, from, to, TOP)]);
  return { period: input.period, from, to, teams, communities };
}
