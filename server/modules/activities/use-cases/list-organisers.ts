import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import type { OrganiserOption } from '../contracts';
import { organiserCommunities, organiserTeams } from '../repo';

/** The teams and communities the caller may publish activities for. */
export async function listOrganisers(ctx: UseCaseContext): Promise<OrganiserOption[]> {
  const { db, actor } = ctx;
  const admin = isCountyAdmin(actor);
  const teamIds = scopesOf(actor, 'team_lead');
  const communityIds = scopesOf(actor, 'staff');
  const teams = admin || teamIds.length > 0 ? await organiserTeams(db, actor.countyId, admin ? null : teamIds) : [];
  const communities = admin || communityIds.length > 0 ? await organiserCommunities(db, actor.countyId, admin ? null : communityIds) : [];
  return [...teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name })), ...communities.map((c) => ({ kind: 'community' as const, id: c.id, name: c.name }))];
}
