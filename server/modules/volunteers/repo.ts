import { Kysely, sql } from 'kysely';
import { newId } from '../../core/ids';
import type { DB, TeamMemberStatus } from '../../db/schema';

// ---- teams -----------------------------------------------------------------

const TEAM_COLUMNS = ['id', 'name', 'kind', 'description', 'memberCount'] as const;

export function teamsOfCounty(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('volunteerTeams').select(TEAM_COLUMNS).where('countyId', '=', countyId).execute();
}

/** A team of the caller's county; another county's team is not found. */
export function findTeam(db: Kysely<DB>, countyId: string, teamId: string) {
  return db.selectFrom('volunteerTeams').select(TEAM_COLUMNS).where('countyId', '=', countyId).where('id', '=', teamId).executeTakeFirst();
}

export type TeamRow = NonNullable<Awaited<ReturnType<typeof findTeam>>>;

/** Standing teams before specialty ones, then by name: the order people expect in a picker. */
export function teamsForPickers(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('volunteerTeams').select(['id', 'name']).where('countyId', '=', countyId).orderBy('kind', 'desc').orderBy('name').execute();
}

/** A new county's teams in one statement; a name twice in a county is refused by the unique key (county_id, name). */
export async function insertTeams(db: Kysely<DB>, teams: { id: string; countyId: string; name: string; kind: 'standing' | 'specialty'; description: string }[]): Promise<void> {
  await db.insertInto('volunteerTeams').values(teams).execute();
}

/** Moves the approved-member counter; its CHECK keeps it from going below zero. */
export async function moveMemberCount(db: Kysely<DB>, teamId: string, delta: 1 | -1): Promise<void> {
  await db
    .updateTable('volunteerTeams')
    .set((eb) => ({ memberCount: eb('memberCount', '+', delta) }))
    .where('id', '=', teamId)
    .execute();
}

// ---- profiles --------------------------------------------------------------

/** The person's profile (rows.ts adds the community's name). */
export function profileRecord(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('volunteerProfiles as p')
    .select(['p.userId', 'p.realName', 'p.phone', 'p.skills', 'p.communityId', 'p.registeredAt'])
    .where('p.userId', '=', userId)
    .executeTakeFirst();
}

/** Whether the person has registered as a volunteer: the profile alone says so (no join, it gates every sign-up). */
export async function isRegisteredVolunteer(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Real names and phones, only for the organisers' rosters that need them: others never see a volunteer's contact. */
export async function contactsOf(db: Kysely<DB>, userIds: string[]): Promise<Map<string, { realName: string; phone: string; communityId: string }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('volunteerProfiles').select(['userId', 'realName', 'phone', 'communityId']).where('userId', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.userId, { realName: r.realName, phone: r.phone, communityId: r.communityId }]));
}

/** One profile per person: a second registration (or a racing one) updates the first. */
export async function upsertProfile(
  db: Kysely<DB>,
  row: { userId: string; countyId: string; realName: string; phone: string; skills: string[]; communityId: string; at: Date },
): Promise<void> {
  const changes = { realName: row.realName, phone: row.phone, skills: JSON.stringify(row.skills), communityId: row.communityId, updatedAt: row.at };
  await db
    .insertInto('volunteerProfiles')
    .values({ userId: row.userId, countyId: row.countyId, ...changes, registeredAt: row.at })
    .onConflict((oc) => oc.column('userId').doUpdateSet(changes))
    .execute();
}

// ---- applications and members ----------------------------------------------

export function applicationsOf(db: Kysely<DB>, userId: string, teamIds?: string[]) {
  let query = db.selectFrom('teamMembers').select(['teamId', 'status', 'appliedAt']).where('userId', '=', userId);
  if (teamIds) {
    if (teamIds.length === 0) return Promise.resolve([]);
    query = query.where('teamId', 'in', teamIds);
  }
  return query.execute();
}

/** The person's pending or approved row in the team (at most one: team_members_one_open). */
export function openApplication(db: Kysely<DB>, teamId: string, userId: string) {
  return db
    .selectFrom('teamMembers')
    .select(['id', 'status', 'appliedAt'])
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
}

/**
 * A new pending application, unless the person has an open one already: the
 * partial unique index decides between racing applies, and the loser's insert
 * does nothing instead of failing the transaction. Returns the new row's id or null.
 */
export async function insertApplication(db: Kysely<DB>, row: { countyId: string; teamId: string; userId: string; at: Date }): Promise<string | null> {
  const inserted = await db
    .insertInto('teamMembers')
    .values({ id: newId(), countyId: row.countyId, teamId: row.teamId, userId: row.userId, status: 'pending', appliedAt: row.at })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/**
 * Moves the person's row from `from` to `to`, only if it is still `from`: of
 * two leaders deciding at once, the second finds nothing to move. Returns the
 * moved row's id, or undefined.
 */
export async function moveApplication(
  db: Kysely<DB>,
  teamId: string,
  userId: string,
  from: TeamMemberStatus,
  to: { status: TeamMemberStatus; decidedBy: string; decidedAt: Date; reason: string | null },
): Promise<string | undefined> {
  const row = await db
    .updateTable('teamMembers')
    .set({ status: to.status, decidedBy: to.decidedBy, decidedAt: to.decidedAt, reason: to.reason })
    .where('teamId', '=', teamId)
    .where('userId', '=', userId)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Whether the person is an approved member now: a pending application does not yet open a team's own activities. */
export async function isTeamMember(db: Kysely<DB>, teamId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('teamMembers').select('id').where('teamId', '=', teamId).where('userId', '=', userId).where('status', '=', 'approved').executeTakeFirst();
  return row !== undefined;
}

export async function hasApplied(db: Kysely<DB>, teamId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('teamMembers').select('id').where('teamId', '=', teamId).where('userId', '=', userId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Membership rows with the volunteer's profile: what a roster shows, and what the workbench counts. */
function membersWithProfiles(db: Kysely<DB>) {
  return db.selectFrom('teamMembers as m').innerJoin('volunteerProfiles as p', 'p.userId', 'm.userId');
}

/** A membership row with the volunteer's contact (rows.ts adds the community's name and certified minutes): for the team's managers only. */
function memberRows(db: Kysely<DB>) {
  return membersWithProfiles(db).select(['m.userId', 'm.status', 'm.appliedAt', 'p.realName', 'p.phone', 'p.skills', 'p.communityId']);
}

/** Pending and approved rows, pending first. */
export function rosterRecords(db: Kysely<DB>, teamId: string, userId?: string) {
  return memberRows(db)
    .where('m.teamId', '=', teamId)
    .where('m.status', 'in', ['pending', 'approved'])
    .$if(userId !== undefined, (q) => q.where('m.userId', '=', userId!))
    .orderBy(sql`case when m.status = 'pending' then 0 else 1 end`)
    .orderBy('m.appliedAt')
    .execute();
}

/** The applications waiting in these teams' rosters (team_members_one_open covers pending rows by team). */
export async function countPendingApplications(db: Kysely<DB>, countyId: string, teamIds: readonly string[]): Promise<number> {
  const row = await membersWithProfiles(db)
    .where('m.countyId', '=', countyId)
    .where('m.teamId', 'in', [...teamIds])
    .where('m.status', '=', 'pending')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export type RosterRecord = Awaited<ReturnType<typeof rosterRecords>>[number];

/** A row as it is after a decision (whatever its status): for the deciding manager. */
export function memberRecord(db: Kysely<DB>, memberId: string) {
  return memberRows(db).where('m.id', '=', memberId).executeTakeFirstOrThrow();
}

// ---- team names --------------------------------------------------------------

/** Teams' names by id, in the database's order of the names (a leaderboard breaks ties by name, collation included). */
export async function teamNamesInOrder(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('volunteerTeams').select(['id', 'name']).where('id', 'in', unique).orderBy('name').orderBy('id').execute();
  return new Map(rows.map((r) => [r.id, r.name] as const));
}

/** 注销: the volunteer's real name and phone go; their hours stay on record, unnamed. */
export async function forgetVolunteer(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await db.updateTable('volunteerProfiles').set({ realName: '已注销', phone: '', updatedAt: at }).where('userId', '=', userId).execute();
}

/** A volunteer's real name and phone (their own data, for 个人信息查阅; rows.ts adds the hours). */
export function contactOfVolunteer(db: Kysely<DB>, userId: string) {
  return db.selectFrom('volunteerProfiles').select(['realName', 'phone']).where('userId', '=', userId).executeTakeFirst();
}
