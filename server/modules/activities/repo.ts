import type { Kysely, Selectable } from 'kysely';
import type { ActivitiesTable, ActivitySignupsTable, DB } from '../../db/schema';
import { fail } from '../../core/errors';

export type ActivityRow = Selectable<ActivitiesTable> & { organiserName: string };
export type SignupRow = Selectable<ActivitySignupsTable>;

/**
 * The activity with its organiser's name. `lock` takes the row for the rest of
 * the transaction: seats are given out one request at a time.
 */
export async function loadActivity(db: Kysely<DB>, countyId: string, activityId: string, lock = false): Promise<ActivityRow> {
  const row = await db
    .selectFrom('activities as a')
    .leftJoin('volunteerTeams as t', 't.id', 'a.teamId')
    .leftJoin('communities as c', 'c.id', 'a.communityId')
    .selectAll('a')
    .select((eb) => eb.fn.coalesce('t.name', 'c.name').as('organiserName'))
    .where('a.id', '=', activityId)
    .where('a.countyId', '=', countyId)
    .$if(lock, (q) => q.forUpdate('a'))
    .executeTakeFirst();
  if (!row) throw fail.notFound('没有找到这个活动');
  return row as ActivityRow;
}

/** The person's live sign-up (confirmed or waitlisted), if any. */
export async function openSignupOf(db: Kysely<DB>, activityId: string, userId: string): Promise<SignupRow | undefined> {
  return db.selectFrom('activitySignups').selectAll().where('activityId', '=', activityId).where('userId', '=', userId).where('status', '!=', 'cancelled').executeTakeFirst();
}

/** 1 for the first in line. */
export async function waitlistPosition(db: Kysely<DB>, activityId: string, seq: number): Promise<number> {
  const row = await db
    .selectFrom('activitySignups')
    .select((eb) => eb.fn.countAll<number>().as('ahead'))
    .where('activityId', '=', activityId)
    .where('status', '=', 'waitlisted')
    .where('seq', '<=', seq)
    .executeTakeFirstOrThrow();
  return Number(row.ahead);
}
