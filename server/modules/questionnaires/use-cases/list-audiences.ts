import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import type { AudienceOption } from '../contracts';
import { staffCommunities } from '../permissions';
import { labelledBuildingsOf as buildingsOf, communitiesByName as communitiesOf } from '../../places/facade';

/** Where the caller may send a questionnaire: the admin the county and every place in it; staff their communities and the buildings in them. Nobody else anything. */
export async function listAudiences({ db, actor }: UseCaseContext): Promise<AudienceOption[]> {
  const admin = isCountyAdmin(actor);
  const reach = admin ? 'all' : staffCommunities(actor);
  if (reach !== 'all' && reach.length === 0) return [];
  const [communities, buildings] = await Promise.all([communitiesOf(db, actor.countyId, reach), buildingsOf(db, actor.countyId, reach)]);
  return [
    ...(admin ? [{ type: 'county' as const, id: actor.countyId, name: '全县' }] : []),
    ...communities.map((c) => ({ type: 'community' as const, id: c.id, name: c.name })),
    ...buildings.map((b) => ({ type: 'building' as const, id: b.id, name: b.name })),
  ];
}
