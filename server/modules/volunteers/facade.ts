import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { SPECIALTY_TEAMS, STANDING_TEAMS } from './domain/teams';

export { managesTeam } from './permissions';

/** Whether the person is an approved member of the team now. */
export async function isTeamMember(db: Kysely<DB>, teamId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('teamMembers').select('id').where('teamId', '=', teamId).where('userId', '=', userId).where('status', '=', 'approved').executeTakeFirst();
  return row !== undefined;
}

/** Whether the person has registered as a volunteer (real name and phone on file). */
export async function isRegisteredVolunteer(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** The volunteer's real name and phone, for organisers' rosters only. */
export async function contactsOf(db: Kysely<DB>, userIds: string[]): Promise<Map<string, { realName: string; phone: string; communityId: string }>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('volunteerProfiles').select(['userId', 'realName', 'phone', 'communityId']).where('userId', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.userId, { realName: r.realName, phone: r.phone, communityId: r.communityId }]));
}

export async function teamName(db: Kysely<DB>, countyId: string, teamId: string): Promise<string | null> {
  const row = await db.selectFrom('volunteerTeams').select('name').where('id', '=', teamId).where('countyId', '=', countyId).executeTakeFirst();
  return row?.name ?? null;
}

/** The county's teams, standing first, for pickers. */
export function listTeams(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('volunteerTeams').select(['id', 'name']).where('countyId', '=', countyId).orderBy('kind', 'desc').orderBy('name').execute();
}

/** A new county's eighteen teams: the standing teams and the specialty teams of the "x + N" model. */
export async function createStandardTeams(db: Kysely<DB>, countyId: string): Promise<void> {
  const teams = [...STANDING_TEAMS.map((t) => ({ ...t, kind: 'standing' as const })), ...SPECIALTY_TEAMS.map((t) => ({ ...t, kind: 'specialty' as const }))];
  await db.insertInto('volunteerTeams').values(teams.map((t) => ({ id: newId(), countyId, name: t.name, kind: t.kind, description: t.description }))).execute();
}
export { forgetVolunteer, volunteerRecordOf } from './repo';
