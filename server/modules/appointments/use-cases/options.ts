import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import { countyOf } from '../../campaign/facade';
import { listAreas, listCommunities, listDepartments, listStations } from '../../places/facade';
import { listTeams } from '../../volunteers/facade';
import type { AppointOptions } from '../contracts';
import { APPOINTABLE_ROLES, ROLE_LABELS, SCOPE_OF_ROLE, type AppointableRole } from '../domain/appointment-rules';

const asRoles = (roles: readonly AppointableRole[]) => roles.map((role) => ({ role, label: ROLE_LABELS[role], scopeType: SCOPE_OF_ROLE[role] }));

/** What the caller may appoint, and over which scopes: everything in the county for an admin; captains and staff of their communities for staff. */
export async function appointOptions({ db, actor }: UseCaseContext): Promise<AppointOptions> {
  if (isCountyAdmin(actor)) {
    const [county, communities, departments, teams, stations, areas] = await Promise.all([countyOf(db, actor.countyId), listCommunities(db, actor.countyId), listDepartments(db, actor.countyId), listTeams(db, actor.countyId), listStations(db, actor.countyId), listAreas(db, actor.countyId)]);
    return { roles: asRoles(APPOINTABLE_ROLES), county, communities: communities.map((c) => ({ id: c.id, name: c.name })), departments, teams, stations: stations.map((s) => ({ id: s.id, name: s.name })), areas };
  }
  const mine = scopesOf(actor, 'staff');
  if (mine.length === 0 || actor.isMinor) return { roles: [], county: null, communities: [], departments: [], teams: [], stations: [], areas: [] };
  const communities = (await listCommunities(db, actor.countyId)).filter((c) => mine.includes(c.id));
  return { roles: asRoles(['captain', 'staff']), county: null, communities: communities.map((c) => ({ id: c.id, name: c.name })), departments: [], teams: [], stations: [], areas: [] };
}
