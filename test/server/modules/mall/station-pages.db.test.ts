import { randomUUID } from 'node:crypto';
import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { listedReward, residentsWithPoints, stockOf } from './mall-fixtures';

const t = useTestDatabase();

describe('the station\'s own pages', () => {
  it('staff change a listed reward (its words, price and end date) without touching its stock, and the end date can be taken off again', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { stock: 5 });
    const staff = county.as('station');
    const endsAt = new Date(Date.now() + 10 * 24 * 3_600_000).toISOString();
    const changed = data<any>(
      await staff('mall', 'updateReward', { rewardId, kind: 'book', name: '《文明家风》（新版）', description: '加了插图', price: 40, perPersonLimit: 2, pickupDays: 15, endsAt, status: 'listed' }),
    );
    expect(changed).toMatchObject({ name: '《文明家风》（新版）', price: 40, perPersonLimit: 2, pickupDays: 15, endsAt, stock: 5 });
    expect(await stockOf(county, rewardId)).toEqual({ stock: 5, book: 5 });
    const open = data<any>(await staff('mall', 'updateReward', { rewardId, kind: 'book', name: '《文明家风》（新版）', price: 40, perPersonLimit: 2, pickupDays: 15, status: 'listed' }));
    expect(open.endsAt).toBeNull();
    expect(errorCode(await county.as('resident')('mall', 'updateReward', { rewardId, kind: 'book', name: '别人改的', price: 1, perPersonLimit: 1, pickupDays: 1, status: 'listed' }))).toBe('FORBIDDEN');
  });

  it('送上门 shows the station whom to ask for and where: the full name, home and phone, only once it is marked for the door', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { stock: 5 });
    const [p] = await residentsWithPoints(county, 1, 100);
    await t.db.updateTable('users').set({ name: '周桂英', phone: '13800000000' }).where('id', '=', p.userId).execute();
    await t.db
      .insertInto('householdRequests')
      .values({ id: randomUUID(), countyId: county.countyId, householdId: county.households['幸福里社区/1号楼/1单元/501'], userId: p.userId, relation: 'owner', status: 'approved', reason: null, requestedAt: new Date(), decidedBy: null, decidedRole: 'captain', decidedAt: new Date(), endedAt: null, endedBy: null })
      .execute();
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    const staff = county.as('station');

    const atStation = data<any[]>(await staff('mall', 'waiting', { stationId: county.stationId })).find((d) => d.id === made.id);
    expect(atStation).toMatchObject({ residentName: '周**', deliverTo: null });
    data(await staff('mall', 'markDelivery', { redemptionId: made.id, delivery: true }));
    const toTheDoor = data<any[]>(await staff('mall', 'waiting', { stationId: county.stationId })).find((d) => d.id === made.id);
    expect(toTheDoor.deliverTo).toEqual({ name: '周桂英', home: '幸福里社区 1号楼 1单元 501', phone: '13800000000' });
  });
});
