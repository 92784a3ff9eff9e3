import type { UseCaseContext } from '../../../core/action';
import { personBalance } from '../../points/facade';
import type { MeView } from '../contracts';
import { teamsOfCounty } from '../repo';
import { findProfile, hoursTotals } from '../rows';
import { profileView, toCards } from '../views';

/** The caller's volunteer page: profile, the teams they applied to or joined, hours and points. */
export async function myVolunteering({ db, actor }: UseCaseContext): Promise<MeView> {
  const [profile, teams, totals, points] = await Promise.all([
    findProfile(db, actor.userId),
    teamsOfCounty(db, actor.countyId),
    hoursTotals(db, actor.userId),
    personBalance(db, actor.userId),
  ]);
  const cards = await toCards(db, actor, teams);
  return {
    registered: profile !== undefined,
    profile: profile ? profileView(profile) : null,
    teams: cards.filter((c) => c.myStatus !== 'none'),
    totalMinutes: totals.minutes,
    activityCount: totals.activities,
    points,
  };
}
