import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import type { OrganiserOption } from '../contracts';
import { communitiesByName } from '../../places/facade';
import { listTeams } from '../../volunteers/facade';

/** The teams (in the volunteers module's picker order) and communities (by name) the caller may publish activities for. */
export async function listOrganisers(ctx: UseCaseContext): Promise<OrganiserOption[]> {
  const { db, actor } = ctx;
  const admin = isCountyAdmin(actor);
  const teamIds = scopesOf(actor, 'team_lead');
  const communityIds = scopesOf(actor, 'staff');
  const teams = admin || teamIds.length > 0 ? (await listTeams(db, actor.countyId)).filter((t) => admin || teamIds.includes(t.id)) : [];
  const communities = admin || communityIds.length > 0 ? await communitiesByName(db, actor.countyId, admin ? 'all' : communityIds) : [];
  return [...teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name })), ...communities.map((c) => ({ kind: 'community' as const, id: c.id, name: c.name }))];
}
