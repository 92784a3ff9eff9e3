import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ActivitiesTable, ActivitySignupsTable, DB, VolunteerHoursTable } from '../../db/schema';
import { fail } from '../../core/errors';

export type ActivityRecord = Selectable<ActivitiesTable>;
export type SignupRow = Selectable<ActivitySignupsTable>;

/**
 * The activity (rows.ts adds its organiser's name). `lock` takes the row for
 * the rest of the transaction: seats are given out one request at a time.
 */
export async function activityRecord(db: Kysely<DB>, countyId: string, activityId: string, lock = false): Promise<ActivityRecord> {
  const row = await db
    .selectFrom('activities as a')
    .selectAll('a')
    .where('a.id', '=', activityId)
    .where('a.countyId', '=', countyId)
    .$if(lock, (q) => q.forUpdate('a'))
    .executeTakeFirst();
  if (!row) throw fail.notFound('没有找到这个活动');
  return row;
}

export type TakenPlace =
  | { kind: 'taken'; status: 'confirmed' | 'waitlisted'; seq: number; confirmedCount: number; waitlistCount: number }
  /** The person holds a place already (a racing twin request took it). */
  | { kind: 'already' }
  /** Called off or past the deadline by the time the row was locked. */
  | { kind: 'closed'; reason: 'cancelled' | 'deadline' };

/**
 * A seat, or the next waitlist place. First the activity's row is locked in a
 * statement of its own (requests are served one at a time, in the order they
 * reach it); then one statement re-checks that sign-up is still open, inserts
 * the sign-up (a second live one of the same person meets the unique index and
 * is skipped) and moves the counters — whose CHECK refuses a seat past the
 * capacity. The lock must come first on its own: a statement's snapshot is
 * taken before it waits, and with the lock only inside the WITH query a
 * sign-up racing cancels now and then counted from a stale row and met the
 * CHECK (in CI, and 2 runs in 30 of sign-up.db.test's race under load; none in
 * 60 since). The lock is held only until COMMIT.
 */
export async function takePlace(db: Kysely<DB>, p: { id: string; countyId: string; activityId: string; userId: string; now: Date }): Promise<TakenPlace> {
  await sql`select 1 from activities where id = ${p.activityId} and county_id = ${p.countyId} for update`.execute(db);
  const { rows } = await sql<{ activityStatus: string | null; open: boolean | null; status: 'confirmed' | 'waitlisted' | null; seq: number | null; confirmedCount: number | null; waitlistCount: number | null }>`
    with a as (
      select id, capacity, confirmed_count, signup_seq, status, signup_deadline >= ${p.now} as before_deadline
      from activities where id = ${p.activityId} and county_id = ${p.countyId}
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

/** A row of a list: the activity, with the caller's own live sign-up status (null when they hold none). */
export type ListedActivityRecord = ActivityRecord & { mySignup: SignupRow['status'] | null };

/** What "manage" lists: every activity of the county (its administrators), or those of the teams led and communities staffed. */
export type ManagedScope = 'county' | { teamIds: readonly string[]; communityIds: readonly string[] };

/** The county's activities, as the lists and the workbench's counts start from them. */
function activitiesOf(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('activities as a').where('a.countyId', '=', countyId);
}

type Activities = ReturnType<typeof activitiesOf>;

/** What the organiser manages: every activity of the county, or those of the teams led and the communities staffed. */
function managedBy(q: Activities, manages: ManagedScope): Activities {
  if (manages === 'county') return q;
  return q.where((eb) =>
    eb.or([
      ...(manages.teamIds.length ? [eb('a.teamId', 'in', [...manages.teamIds])] : []),
      ...(manages.communityIds.length ? [eb('a.communityId', 'in', [...manages.communityIds])] : []),
      ...(manages.teamIds.length || manages.communityIds.length ? [] : [sql<boolean>`false`]),
    ]),
  );
}

/**
 * One page of activities for the lists. The caller's sign-up is joined in the
 * same statement so a card can say "已报名" without a query per card; it is
 * also what "mine" filters on. The caller answers "manage" with no team and
 * no community itself, without asking.
 */
export async function listedActivities(
  db: Kysely<DB>,
  p: { countyId: string; userId: string; filter: 'open' | 'mine' | 'manage'; manages: ManagedScope; now: Date; limit: number },
): Promise<ListedActivityRecord[]> {
  const base = p.filter === 'manage' ? managedBy(activitiesOf(db, p.countyId), p.manages) : activitiesOf(db, p.countyId);
  const rows = await base
    .leftJoin('activitySignups as s', (join) => join.onRef('s.activityId', '=', 'a.id').on('s.userId', '=', p.userId).on('s.status', '!=', 'cancelled'))
    .selectAll('a')
    .select(['s.status as mySignup'])
    .$if(p.filter === 'open', (q) => q.where('a.status', '=', 'open').where('a.endsAt', '>', p.now).orderBy('a.startsAt', 'asc'))
    .$if(p.filter === 'mine', (q) => q.where('s.id', 'is not', null).orderBy('a.startsAt', 'desc'))
    .$if(p.filter === 'manage', (q) => q.orderBy('a.startsAt', 'desc'))
    .limit(p.limit)
    .execute();
  return rows;
}

/**
 * The people whose hours wait for the organiser's 确认时长 on the activities
 * these organisers manage: confirmed sign-ups with no certified hours yet,
 * who checked out or whose activity is over — the rule certifyHours applies
 * and the manage page's 待确认 shows. One statement.
 */
export async function countHoursToCertify(db: Kysely<DB>, countyId: string, manages: ManagedScope, now: Date): Promise<number> {
  const row = await managedBy(activitiesOf(db, countyId), manages)
    .innerJoin('activitySignups as s', 's.activityId', 'a.id')
    .leftJoin('volunteerHours as h', 'h.signupId', 's.id')
    .where('s.status', '=', 'confirmed')
    .where('h.id', 'is', null)
    .where((eb) => eb.or([eb('s.checkedOutAt', 'is not', null), eb('a.endsAt', '<=', now)]))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertActivity(db: Kysely<DB>, row: Insertable<ActivitiesTable>): Promise<void> {
  await db.insertInto('activities').values(row).execute();
}

/** The hours certified for this sign-up, if the organiser has certified them yet (at most one row: a person is certified once). */
export function certifiedHoursOf(db: Kysely<DB>, signupId: string) {
  return db.selectFrom('volunteerHours').select(['minutes', 'points']).where('signupId', '=', signupId).executeTakeFirst();
}

/** The live sign-ups in seat order, each with the certified hours, if any (the roster adds who they are). */
export function rosterOf(db: Kysely<DB>, activityId: string) {
  return db
    .selectFrom('activitySignups as s')
    .leftJoin('volunteerHours as h', 'h.signupId', 's.id')
    .select(['s.id', 's.userId', 's.status', 's.seq', 's.checkedInAt', 's.checkedOutAt', 's.scannedMinutes', 'h.minutes', 'h.backfilled', 'h.points', 'h.reason'])
    .where('s.activityId', '=', activityId)
    .where('s.status', '!=', 'cancelled')
    .orderBy('s.seq')
    .execute();
}

/** Cancels every live sign-up of a called-off activity; returns who held one, so they can be told. */
export function cancelLiveSignups(db: Kysely<DB>, activityId: string, now: Date) {
  return db.updateTable('activitySignups').set({ status: 'cancelled', cancelledAt: now }).where('activityId', '=', activityId).where('status', '!=', 'cancelled').returning('userId').execute();
}

/** Marks the activity called off; with every sign-up cancelled, its counters go back to zero with it. */
export async function markCalledOff(db: Kysely<DB>, activityId: string): Promise<void> {
  await db.updateTable('activities').set({ status: 'cancelled', confirmedCount: 0, waitlistCount: 0 }).where('id', '=', activityId).execute();
}

/** Gives one person's place back (the row stays, for the history; the unique index only counts live ones). */
export async function markSignupCancelled(db: Kysely<DB>, signupId: string, now: Date): Promise<void> {
  await db.updateTable('activitySignups').set({ status: 'cancelled', cancelledAt: now }).where('id', '=', signupId).execute();
}

/**
 * The counters move with the sign-ups in the same transaction, from the
 * database's value rather than one read earlier: the caller holds the
 * activity's row lock, and the CHECKs keep them from going below zero.
 */
export async function decrementWaitlistCount(db: Kysely<DB>, activityId: string): Promise<void> {
  await db.updateTable('activities').set({ waitlistCount: sql`waitlist_count - 1` }).where('id', '=', activityId).execute();
}

/** A seat freed with nobody waiting for it (see decrementWaitlistCount). */
export async function decrementConfirmedCount(db: Kysely<DB>, activityId: string): Promise<void> {
  await db.updateTable('activities').set({ confirmedCount: sql`confirmed_count - 1` }).where('id', '=', activityId).execute();
}

/** Who gets a freed seat: the waitlist is served in arrival order (seq). */
export function firstWaitlisted(db: Kysely<DB>, activityId: string) {
  return db.selectFrom('activitySignups').select(['id', 'userId']).where('activityId', '=', activityId).where('status', '=', 'waitlisted').orderBy('seq').limit(1).executeTakeFirst();
}

/** Moves a waitlisted person into the freed seat; promotedAt tells them (and the roster) when. */
export async function promoteSignup(db: Kysely<DB>, signupId: string, now: Date): Promise<void> {
  await db.updateTable('activitySignups').set({ status: 'confirmed', promotedAt: now }).where('id', '=', signupId).execute();
}

/**
 * Only the first check-in counts: the update is conditional on none yet, so a
 * repeated or racing scan changes nothing and returns undefined (the caller
 * then reads the row as it stands).
 */
export function markCheckedIn(db: Kysely<DB>, signupId: string, now: Date) {
  return db
    .updateTable('activitySignups')
    .set({ checkedInAt: now })
    .where('id', '=', signupId)
    .where('checkedInAt', 'is', null)
    .returning(['checkedInAt', 'checkedOutAt', 'scannedMinutes'])
    .executeTakeFirst();
}

/** Only the first check-out counts, with the minutes it scanned: the same conditional update as markCheckedIn. */
export function markCheckedOut(db: Kysely<DB>, signupId: string, now: Date, scannedMinutes: number) {
  return db
    .updateTable('activitySignups')
    .set({ checkedOutAt: now, scannedMinutes })
    .where('id', '=', signupId)
    .where('checkedOutAt', 'is', null)
    .returning(['checkedInAt', 'checkedOutAt', 'scannedMinutes'])
    .executeTakeFirst();
}

/**
 * The named sign-ups of this activity (an id of another activity is simply
 * not found), with whether hours were certified for them already: a person is
 * certified once.
 */
export function signupsToCertify(db: Kysely<DB>, activityId: string, signupIds: string[]) {
  return db
    .selectFrom('activitySignups as s')
    .leftJoin('volunteerHours as h', 'h.signupId', 's.id')
    .select(['s.id', 's.userId', 's.status', 's.checkedOutAt', 's.scannedMinutes', 'h.id as hoursId'])
    .where('s.activityId', '=', activityId)
    .where('s.id', 'in', signupIds)
    .execute();
}

export async function insertHours(db: Kysely<DB>, row: Insertable<VolunteerHoursTable>): Promise<void> {
  await db.insertInto('volunteerHours').values(row).execute();
}

/** The good people linked to the activity as 讲述人, in the organiser's order; whether each is still shown is the good people module's call. */
export async function speakerIdsOf(db: Kysely<DB>, countyId: string, activityId: string): Promise<string[]> {
  const links = await db.selectFrom('activitySpeakers').select('goodPersonId').where('activityId', '=', activityId).where('countyId', '=', countyId).orderBy('position').execute();
  return links.map((l) => l.goodPersonId);
}

/**
 * Replaces the activity's speaker list: the old links go and the new ones
 * come in their order (position). The caller holds the activity's row lock,
 * so two organisers saving at once leave one list, not a mix.
 */
export async function replaceSpeakers(db: Kysely<DB>, p: { activityId: string; countyId: string; goodPersonIds: string[]; addedBy: string; at: Date }): Promise<void> {
  await db.deleteFrom('activitySpeakers').where('activityId', '=', p.activityId).execute();
  if (p.goodPersonIds.length > 0) {
    await db
      .insertInto('activitySpeakers')
      .values(p.goodPersonIds.map((goodPersonId, position) => ({ activityId: p.activityId, goodPersonId, countyId: p.countyId, position, addedBy: p.addedBy, addedAt: p.at })))
      .execute();
  }
}

/**
 * The open (not called-off) activities where the good person speaks (rows.ts
 * adds the organiser's name): those not yet over soonest first, or the past
 * ones latest first. Two separate pages so a long past never crowds out what
 * is coming.
 */
export function activitiesWithSpeakerRows(db: Kysely<DB>, p: { countyId: string; goodPersonId: string; when: 'upcoming' | 'past'; now: Date; limit: number }) {
  return db
    .selectFrom('activitySpeakers as s')
    .innerJoin('activities as a', 'a.id', 's.activityId')
    .select(['a.id', 'a.title', 'a.placeName', 'a.startsAt', 'a.endsAt', 'a.teamId', 'a.communityId'])
    .where('s.goodPersonId', '=', p.goodPersonId)
    .where('s.countyId', '=', p.countyId)
    .where('a.status', '=', 'open')
    .where('a.endsAt', p.when === 'upcoming' ? '>' : '<=', p.now)
    .orderBy('a.startsAt', p.when === 'upcoming' ? 'asc' : 'desc')
    .limit(p.limit)
    .execute();
}

// ---- what other modules ask of activities and hours (through facade.ts) ----

/** A team's open activities that have not ended yet, soonest first. */
export function openActivitiesOfTeam(db: Kysely<DB>, countyId: string, teamId: string, now: Date, limit: number) {
  return db
    .selectFrom('activities')
    .select(['id', 'title', 'startsAt', 'placeName'])
    .where('countyId', '=', countyId)
    .where('teamId', '=', teamId)
    .where('status', '=', 'open')
    .where('endsAt', '>', now)
    .orderBy('startsAt')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Certified minutes and the number of activities they came from, of one person. */
export async function certifiedTotals(db: Kysely<DB>, userId: string): Promise<{ minutes: number; activities: number }> {
  const row = await db
    .selectFrom('volunteerHours')
    .select([sql<number>`coalesce(sum(minutes), 0)::int`.as('minutes'), sql<number>`count(distinct activity_id)::int`.as('activities')])
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return { minutes: row.minutes, activities: row.activities };
}

/** Certified minutes of several people, by person (0 for none): one statement for the set. */
export async function certifiedMinutesOfUsers(db: Kysely<DB>, userIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('volunteerHours')
    .select(['userId', sql<number>`coalesce(sum(minutes), 0)::int`.as('minutes')])
    .where('userId', 'in', unique)
    .groupBy('userId')
    .execute();
  const found = new Map(rows.map((r) => [r.userId, r.minutes] as const));
  return new Map(unique.map((id) => [id, found.get(id) ?? 0] as const));
}

/** A person's certified records, newest first, with the activity's title and organiser ids (team, community). */
export function certifiedRecords(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('volunteerHours as h')
    .innerJoin('activities as a', 'a.id', 'h.activityId')
    .select(['h.activityId', 'a.title', 'a.teamId', 'a.communityId', 'h.servedOn', 'h.minutes', 'h.backfilled', 'h.points'])
    .where('h.userId', '=', userId)
    .orderBy('h.servedOn', 'desc')
    .orderBy('h.certifiedAt', 'desc')
    .execute();
}

/**
 * Minutes served in [from, to] (Beijing days), summed by team or by
 * community: one range of the volunteer_hours_by_day index, grouped; only
 * groups above zero, the most first.
 */
export async function certifiedMinutesBy(db: Kysely<DB>, countyId: string, by: 'teamId' | 'communityId', from: string, to: string): Promise<{ id: string; minutes: number }[]> {
  const column = by === 'teamId' ? ('h.teamId' as const) : ('h.communityId' as const);
  const rows = await db
    .selectFrom('volunteerHours as h')
    .select([sql<string | null>`${sql.ref(column)}`.as('id'), sql<number>`sum(h.minutes)::int`.as('minutes')])
    .where('h.countyId', '=', countyId)
    .where('h.servedOn', '>=', from)
    .where('h.servedOn', '<=', to)
    .where(column, 'is not', null)
    .groupBy(column)
    .having(sql`sum(h.minutes)`, '>', 0)
    .orderBy('minutes', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id as string, minutes: r.minutes }));
}
