import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';

/** A team's leaders approve its members and run its activities; the command centre may stand in for any. */
export function managesTeam(actor: Actor, teamId: string): boolean {
  return isCountyAdmin(actor) || holdsRoleIn(actor, 'team_lead', teamId);
}
