import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

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
