import type { Kysely } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import { Actor, isCountyAdmin, scopesOf } from '../../../core/actor';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { DB } from '../../../db/schema';
import { postsInCounty } from '../../identity/facade';
import { listBuildingIds, namesOfScopes } from '../../places/facade';
import { listTeams } from '../../volunteers/facade';
import type { HoldersView } from '../contracts';
import { APPOINTABLE_ROLES, ROLE_LABELS, type AppointableRole } from '../domain/appointment-rules';
import { invitationView, openInvitations } from '../invitations';
import { homeLabels } from '../homes';

/** The scopes whose posts the caller oversees: the whole county for an admin; a staff member's communities and their buildings. */
async function overseenScopes(db: Kysely<DB>, actor: Actor): Promise<string[] | undefined> {
  if (isCountyAdmin(actor)) return undefined;
  const communities = scopesOf(actor, 'staff');
  if (communities.length === 0) throw fail.forbidden('只有创文办和社区工作人员能管理职务');
  return [...communities, ...(await listBuildingIds(db, actor.countyId, communities))];
}

/** Who holds which post in the caller's scope, and the invitations still open there. */
export async function holders(ctx: UseCaseContext): Promise<HoldersView> {
  const { db, actor, now } = ctx;
  const scopes = await overseenScopes(db, actor);
  const [posts, invitations] = await Promise.all([postsInCounty(db, actor.countyId, APPOINTABLE_ROLES, scopes), openInvitations(db, actor.countyId, now, scopes)]);
  const ids = [...new Set([...posts.map((p) => p.scopeId), ...invitations.map((i) => i.scopeId)])];
  const [names, teams, homes] = await Promise.all([namesOfScopes(db, actor.countyId, ids), listTeams(db, actor.countyId), homeLabels(db, actor.countyId, invitations.map((i) => i.householdId))]);
  for (const t of teams) names.set(t.id, t.name);
  const admins = posts.filter((p) => p.role === 'admin').length;
  return {
    holders: posts.map((p) => {
      const role = p.role as AppointableRole;
      const lastAdmin = role === 'admin' && admins <= 1;
      return {
        grantId: p.id,
        userName: p.userName,
        role,
        roleLabel: ROLE_LABELS[role],
        scopeName: names.get(p.scopeId) ?? '',
        since: iso(p.createdAt),
        // Every post listed is in the caller's scope (overseenScopes); only the county's last admin stays.
        canRevoke: !lastAdmin,
      };
    }),
    invitations: invitations.map((i) => invitationView(i, names.get(i.scopeId) ?? '', now, (i.householdId && homes.get(i.householdId)) || null)),
  };
}
