import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { findCommunity, findDepartment } from '../../places/facade';
import type { SiteType, SiteView } from '../contracts';
import { insertSite, listSites } from '../repo';
import { placeNames, siteView } from '../views';

export async function listInspectionSites({ db, actor }: UseCaseContext): Promise<SiteView[]> {
  const [rows, names] = await Promise.all([listSites(db, actor.countyId), placeNames(db, actor.countyId)]);
  return rows.map((r) => siteView(r, names));
}

/** A place to inspect: its community (and so its area) and its responsible unit come from the county's places. */
export async function addInspectionSite(
  { db, actor, now }: UseCaseContext,
  input: { name: string; siteType: SiteType; communityId: string; departmentId: string; address: string; latitude: number; longitude: number },
): Promise<SiteView> {
  const community = await findCommunity(db, actor.countyId, input.communityId);
  if (!community) throw fail.validation('请重新选择所在社区', [{ field: 'communityId', message: '没有这个社区' }]);
  const department = await findDepartment(db, actor.countyId, input.departmentId);
  if (!department) throw fail.validation('请重新选择责任单位', [{ field: 'departmentId', message: '没有这个单位' }]);
  const row = { id: newId(), areaId: community.areaId, ...input };
  if (!(await insertSite(db, { ...row, countyId: actor.countyId, createdAt: now }))) throw fail.conflict(`已经有叫“${input.name}”的点位了`);
  return siteView(row, await placeNames(db, actor.countyId));
}
