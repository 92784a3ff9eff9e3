import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { SPECIALTY_TEAMS, STANDING_TEAMS } from './domain/teams';
import { countPendingApplications, findTeam, insertTeams } from './repo';

export { managesTeam } from './permissions';
export { contactsOf, isRegisteredVolunteer, isTeamMember, teamsForPickers as listTeams } from './repo';

/** A team's name for labels (an appointment's scope); another county's team has none. */
export async function teamName(db: Kysely<DB>, countyId: string, teamId: string): Promise<string | null> {
  return (await findTeam(db, countyId, teamId))?.name ?? null;
}

/** A new county's eighteen teams: the standing teams and the specialty teams of the "x + N" model. */
export async function createStandardTeams(db: Kysely<DB>, countyId: string): Promise<void> {
  const teams = [...STANDING_TEAMS.map((t) => ({ ...t, kind: 'standing' as const })), ...SPECIALTY_TEAMS.map((t) => ({ ...t, kind: 'specialty' as const }))];
  await insertTeams(db, teams.map((t) => ({ id: newId(), countyId, name: t.name, kind: t.kind, description: t.description })));
}
export { forgetVolunteer } from './repo';
export { volunteerRecordOf } from './rows';

/** 工作台 for team leaders: the applications waiting in these teams' 队员管理 (pending, before the members). One query. */
export async function pendingApplicationCount(db: Kysely<DB>, countyId: string, teamIds: readonly string[]): Promise<number> {
  if (teamIds.length === 0) return 0;
  return countPendingApplications(db, countyId, teamIds);
}
