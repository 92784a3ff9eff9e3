import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { activitiesWithSpeakerRows, countHoursToCertify } from './repo';

/**
 * Volunteers' certified hours, as the volunteers module shows them (a
 * person's totals and records, a roster's minutes, the leaderboard's sums),
 * and a team's coming activities: the activities module owns both tables.
 */
export {
  certifiedMinutesBy,
  certifiedMinutesOfUsers,
  certifiedRecords,
  certifiedTotals,
  openActivitiesOfTeam,
} from './repo';
import { withOrganiserNames } from './rows';

/** An activity as another module may show it: what, who runs it, where and when. */
export interface ActivityRef {
  activityId: string;
  title: string;
  organiser: string;
  placeName: string;
  startsAt: Date;
  endsAt: Date;
}

const EVENTS_LIMIT = 50;

/**
 * The activities (not called off) where the good person tells their story:
 * those not yet over, soonest first, then the past ones, latest first.
 */
export async function activitiesWithSpeaker(db: Kysely<DB>, countyId: string, goodPersonId: string, now: Date): Promise<{ upcoming: ActivityRef[]; past: ActivityRef[] }> {
  const query = (when: 'upcoming' | 'past') =>
    activitiesWithSpeakerRows(db, { countyId, goodPersonId, when, now, limit: EVENTS_LIMIT })
      .then((rows) => withOrganiserNames(db, countyId, rows))
      .then((rows) => rows.map((r): ActivityRef => ({ activityId: r.id, title: r.title, organiser: r.organiserName ?? '', placeName: r.placeName, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) })));
  const upcoming = await query('upcoming');
  const past = await query('past');
  return { upcoming, past };
}

/**
 * 工作台 for organisers (team leaders, community staff, the command centre
 * for the whole county): the people whose hours wait for 确认时长 on the
 * activities they manage — signed up, not yet certified, and checked out or
 * the activity over, as the manage page's 待确认 lists them. One query.
 */
export async function hoursToCertifyCount(
  db: Kysely<DB>,
  countyId: string,
  scope: { teamIds: readonly string[]; communityIds: readonly string[]; wholeCounty: boolean },
  now: Date,
): Promise<number> {
  if (!scope.wholeCounty && scope.teamIds.length === 0 && scope.communityIds.length === 0) return 0;
  return countHoursToCertify(db, countyId, scope.wholeCounty ? 'county' : { teamIds: scope.teamIds, communityIds: scope.communityIds }, now);
}
