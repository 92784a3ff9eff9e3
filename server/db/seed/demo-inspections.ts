import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { newId } from '../../core/ids';
import type { SeededCounty } from './demo-county';

/** The demo county's first checklists (version 1), as a county's 测评体系 words them. */
export const DEMO_CHECKLISTS = [
  {
    siteType: '农贸市场',
    title: '农贸市场测评标准',
    items: [
      { title: '地面干净无积水', standard: '主通道和摊位地面无垃圾、无污水、无积水', points: 10 },
      { title: '划行归市', standard: '按区域摆放，无占道经营、无店外经营', points: 10 },
      { title: '垃圾分类收集', standard: '有分类垃圾桶，日产日清，无满溢', points: 10 },
      { title: '公平秤', standard: '设置公平秤并正常使用，有明显标识', points: 5 },
      { title: '活禽宰杀隔离', standard: '活禽销售与宰杀区域隔离，无散养', points: 10 },
      { title: '公益广告', standard: '显著位置有社会主义核心价值观等公益广告，无破损', points: 5 },
      { title: '公共厕所', standard: '厕所干净无异味，有洗手设施', points: 10 },
    ],
  },
  {
    siteType: '背街小巷',
    title: '背街小巷测评标准',
    items: [
      { title: '路面平整', standard: '无坑洼、无破损，井盖齐全', points: 10 },
      { title: '无乱贴乱画', standard: '墙面、电线杆无小广告和涂鸦', points: 10 },
      { title: '无乱堆乱放', standard: '无杂物堆放、无私搭乱建', points: 10 },
      { title: '路灯完好', standard: '路灯齐全，夜间正常亮灯', points: 5 },
      { title: '车辆有序停放', standard: '机动车、非机动车停放整齐，不占消防通道', points: 10 },
    ],
  },
] as const;

/** Sites of the demo county: a market and a lane in 幸福里社区, a market in 新华社区. */
const DEMO_SITES = [
  { name: '幸福里农贸市场', siteType: '农贸市场', community: '幸福里社区', department: '县城市管理局', address: '幸福路32号', latitude: 34.8235, longitude: 114.8121 },
  { name: '新华农贸市场', siteType: '农贸市场', community: '新华社区', department: '县市场监督管理局', address: '新华街8号', latitude: 34.8162, longitude: 114.7983 },
  { name: '幸福里东巷', siteType: '背街小巷', community: '幸福里社区', department: '县城市管理局', address: '幸福路东侧小巷', latitude: 34.8228, longitude: 114.8131 },
] as const;

/**
 * 督查暗访 of the demo county: the inspector 郑国华 (county scope), the
 * checklists of 农贸市场 and 背街小巷, and three sites; 幸福里农贸市场 is in
 * the care of 县城市管理局 (the county's 市场服务中心 sits under it), whose
 * demo handler 周强 then sees what an inspection there finds.
 */
export async function seedInspections(db: Kysely<DB>, seeded: SeededCounty, now: Date): Promise<void> {
  const { countyId } = seeded;
  const adminId = seeded.people.admin.userId;
  await db.insertInto('roleGrants').values({ id: newId(), countyId, userId: seeded.people.inspector.userId, role: 'inspector', scopeType: 'county', scopeId: countyId, grantedBy: null }).execute();
  for (const c of DEMO_CHECKLISTS) {
    const id = newId();
    await db.insertInto('inspectionChecklists').values({ id, countyId, siteType: c.siteType, version: 1, title: c.title, createdBy: adminId, createdAt: now }).execute();
    await db
      .insertInto('inspectionChecklistItems')
      .values(c.items.map((item, sort) => ({ checklistId: id, countyId, sort, title: item.title, standard: item.standard, points: item.points })))
      .execute();
  }
  const areaOf = new Map((await db.selectFrom('communities').select(['id', 'areaId']).where('countyId', '=', countyId).execute()).map((c) => [c.id, c.areaId] as const));
  for (const s of DEMO_SITES) {
    const communityId = seeded.communities[s.community];
    const id = newId();
    seeded.inspectionSites[s.name] = id;
    await db
      .insertInto('inspectionSites')
      .values({ id, countyId, name: s.name, siteType: s.siteType, communityId, areaId: areaOf.get(communityId)!, departmentId: seeded.departments[s.department], address: s.address, latitude: s.latitude, longitude: s.longitude, createdAt: now })
      .execute();
  }
}
