import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';
import { managesTeam } from '../volunteers/facade';

/** A team's activity is run by its leaders; a community event by that community's staff; the command centre may run any. */
export function managesActivity(actor: Actor, a: { teamId: string | null; communityId: string | null }): boolean {
  if (a.teamId) return managesTeam(actor, a.teamId);
  return isCountyAdmin(actor) || (a.communityId !== null && holdsRoleIn(actor, 'staff', a.communityId));
}

/** The role in which the caller organises it, for the audit trail. */
export function organiserRole(actor: Actor, a: { teamId: string | null; communityId: string | null }): 'team_lead' | 'staff' | 'admin' {
  if (a.teamId && holdsRoleIn(actor, 'team_lead', a.teamId)) return 'team_lead';
  if (a.communityId && holdsRoleIn(actor, 'staff', a.communityId)) return 'staff';
  return 'admin';
}
