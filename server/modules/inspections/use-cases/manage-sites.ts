import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { findCommunity, findDepartment } from '../../places/facade';
import { SITE_CHANGED_ELSEWHERE, type SiteType, type SiteView } from '../contracts';
import { findSite, insertSite, listSites, lockSite, setSiteRetired, siteNameTaken, updateSite } from '../repo';
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
  return siteView({ ...row, version: 1 }, await placeNames(db, actor.countyId));
}

/**
 * 修改 a site: its name, type, community (and so its area), responsible unit,
 * address and map point, by the same rules as adding one. Written only onto
 * the version the admin saw: of two edits at once one is written, the other
 * refused (CONFLICT), never silently lost. Inspections made keep the site as
 * it was (so do the bulletins made of them); an open round that has not
 * reached it yet visits it as it is now. Audited with what changed.
 */
export async function editInspectionSite(
  { db, actor, now }: UseCaseContext,
  input: { siteId: string; version: number; name: string; siteType: SiteType; communityId: string; departmentId: string; address: string; latitude: number; longitude: number },
): Promise<SiteView> {
  const site = await findSite(db, actor.countyId, input.siteId);
  if (!site) throw fail.notFound('没有找到这个点位');
  if (site.version !== input.version) throw fail.conflict(SITE_CHANGED_ELSEWHERE);
  const community = await findCommunity(db, actor.countyId, input.communityId);
  if (!community) throw fail.validation('请重新选择所在社区', [{ field: 'communityId', message: '没有这个社区' }]);
  const department = await findDepartment(db, actor.countyId, input.departmentId);
  if (!department) throw fail.validation('请重新选择责任单位', [{ field: 'departmentId', message: '没有这个单位' }]);
  if (await siteNameTaken(db, actor.countyId, input.name, site.id)) throw fail.conflict(`已经有叫“${input.name}”的点位了`);
  const { siteId: _id, version: _seen, ...fields } = input;
  const after = { ...fields, areaId: community.areaId };
  if (!(await updateSite(db, actor.countyId, site.id, input.version, after, now))) throw fail.conflict(SITE_CHANGED_ELSEWHERE);
  const version = input.version + 1;
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== site[k]);
  await recordAudit(db, actor, {
    role: 'admin',
    action: 'inspections.editSite',
    subjectType: 'inspection_site',
    subjectId: site.id,
    data: { before: Object.fromEntries(changed.map((k) => [k, site[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])), version },
    at: now,
  });
  return siteView({ id: site.id, ...after, retiredAt: site.retiredAt, version }, await placeNames(db, actor.countyId));
}

/** 停用 a site (no new round samples or picks it; rounds that had it keep it), or 恢复 it; its version is raised, as by an edit. Audited. */
export async function retireInspectionSite({ db, actor, now }: UseCaseContext, input: { siteId: string; retired: boolean }): Promise<SiteView> {
  const site = await lockSite(db, actor.countyId, input.siteId);
  if (!site) throw fail.notFound('没有找到这个点位');
  if ((site.retiredAt != null) === input.retired) throw fail.conflict(input.retired ? '这个点位已经停用了' : '这个点位没有停用');
  const retiredAt = input.retired ? now : null;
  await setSiteRetired(db, actor.countyId, site.id, retiredAt, now);
  await recordAudit(db, actor, { role: 'admin', action: input.retired ? 'inspections.retireSite' : 'inspections.restoreSite', subjectType: 'inspection_site', subjectId: site.id, data: { name: site.name }, at: now });
  return siteView({ ...site, retiredAt, version: site.version + 1 }, await placeNames(db, actor.countyId));
}
