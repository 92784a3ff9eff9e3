import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { newId } from '../../core/ids';
import { award } from '../../modules/points/facade';
import type { SeededCounty } from './demo-county';

/** Points the demo volunteer has earned, so that 积分超市 can be tried at once. */
export const DEMO_VOLUNTEER_POINTS = 300;

const REWARDS = [
  { key: 'book', kind: 'book', name: '《新时代文明实践读本》', description: '图文并茂，讲身边的好人好事和文明习惯，字大好读。', partner: '', price: 80, stock: 20, perPersonLimit: 1 },
  { key: 'gift', kind: 'gift', name: '环保购物袋', description: '结实耐用的帆布袋，买菜不用塑料袋。', partner: '', price: 30, stock: 50, perPersonLimit: 2 },
  { key: 'service', kind: 'service', name: '免费理发一次', description: '公益合伙人“幸福理发店”为志愿者免费理发一次，凭取货码到店。', partner: '幸福理发店', price: 50, stock: 10, perPersonLimit: 1 },
] as const;

/**
 * 积分超市 of the demo county: 幸福里新时代文明实践站, its staff member, three
 * rewards with their first stock in the book, and points for the volunteer.
 */
export async function seedMall(db: Kysely<DB>, seeded: SeededCounty, now: Date): Promise<void> {
  const { countyId } = seeded;
  await db
    .insertInto('stations')
    .values({ id: seeded.stationId, countyId, name: '幸福里新时代文明实践站', kind: 'station', communityId: seeded.communities['幸福里社区'], address: '幸福路20号社区服务中心一楼', latitude: 34.8231, longitude: 114.8112, createdAt: now })
    .execute();
  await db.insertInto('roleGrants').values({ id: newId(), countyId, userId: seeded.people.station.userId, role: 'station', scopeType: 'station', scopeId: seeded.stationId, grantedBy: null }).execute();
  for (const r of REWARDS) {
    const id = seeded.rewards[r.key];
    await db
      .insertInto('mallRewards')
      .values({ id, countyId, stationId: seeded.stationId, kind: r.kind, name: r.name, description: r.description, partner: r.partner, photo: null, price: r.price, stock: r.stock, perPersonLimit: r.perPersonLimit, createdBy: seeded.people.station.userId, createdAt: now, updatedAt: now })
      .execute();
    await db.insertInto('mallStockMoves').values({ id: newId(), countyId, rewardId: id, kind: 'in', delta: r.stock, reason: '上架', byUser: seeded.people.station.userId, at: now }).execute();
  }
  await award(db, { countyId, userId: seeded.people.volunteer.userId, amount: DEMO_VOLUNTEER_POINTS, sourceKey: 'demo:volunteer-points', kind: 'volunteer_hours', memo: '志愿服务积分（演示）', at: now });
}
