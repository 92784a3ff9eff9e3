import { sql, type Kysely, type Selectable } from 'kysely';
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

export type TakenPlace =
  | { kind: 'taken'; status: 'confirmed' | 'waitlisted'; seq: number; confirmedCount: number; waitlistCount: number }
  /** The person holds a place already (a racing twin request took it). */
  | { kind: 'already' }
  /** Called off or past the deadline by the time the row was locked. */
  | { kind: 'closed'; reason: 'cancelled' | 'deadline' };

/**
 * A seat, or the next waitlist place, in one statement: it locks the
 * activity's row (requests are served one at a time, in the order they reach
 * it), re-checks that sign-up is still open, inserts the sign-up (a second live
 * one of the same person meets the unique index and is skipped) and moves the
 * counters from the locked values — whose CHECK refuses a seat past the
 * capacity. The lock is then held only until COMMIT, not across round trips.
 */
export async function takePlace(db: Kysely<DB>, p: { id: string; countyId: string; activityId: string; userId: string; now: Date }): Promise<TakenPlace> {
  const { rows } = await sql<{ activityStatus: string | null; open: boolean | null; status: 'confirmed' | 'waitlisted' | null; seq: number | null; confirmedCount: number | null; waitlistCount: number | null }>`
    with a as (
      select id, capacity, confirmed_count, signup_seq, status, signup_deadline >= ${p.now} as before_deadline
      from activities where id = ${p.activityId} and county_id = ${p.countyId}
      for update
    ), ins as (
      insert into activity_signups (id, county_id, activity_id, user_id, status, seq, signed_up_at)
      select ${p.id}, ${p.countyId}, a.id, ${p.userId}, case when a.confirmed_count < a.capacity then 'confirmed' else 'waitlisted' end, a.signup_seq + 1, ${p.now}
      from a where a.status = 'open' and a.before_deadline
      on conflict (activity_id, user_id) where status <> 'cancelled' do nothing
      returning status, seq
    ), moved as (
      update activities set
        signup_seq = ins.seq,
        confirmed_count = confirmed_count + (ins.status = 'confirmed')::int,
        waitlist_count = waitlist_count + (ins.status = 'waitlisted')::int
      from ins where activities.id = ${p.activityId}
      returning activities.confirmed_count, activities.waitlist_count
    )
    select a.status as activity_status, a.before_deadline as open, ins.status, ins.seq, moved.confirmed_count, moved.waitlist_count
    from a left join ins on true left join moved on true`.execute(db);
  const row = rows[0];
  if (!row) throw fail.notFound('没有找到这个活动');
  if (row.status && row.seq !== null && row.confirmedCount !== null && row.waitlistCount !== null) {
    return { kind: 'taken', status: row.status, seq: row.seq, confirmedCount: row.confirmedCount, waitlistCount: row.waitlistCount };
  }
  if (row.activityStatus === 'cancelled') return { kind: 'closed', reason: 'cancelled' };
  if (!row.open) return { kind: 'closed', reason: 'deadline' };
  return { kind: 'already' };
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
