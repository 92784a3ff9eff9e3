import { movableClock } from '../../../support/clock';
import { data, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { runScheduledJobs } from '../../../../server/runtime/scheduler';
import { listedReward, residentsWithPoints } from './mall-fixtures';

/** Rows of docs/notifications.md for the 积分超市: what the resident hears in 消息. */
const t = useTestDatabase();
const PAST = '2021-05-10T09:00:00+08:00';

async function inbox(county: TestCounty, openid: string): Promise<{ title: string; body: string; link: string | null }[]> {
  return data<any[]>(await county.as({ openid })('inbox', 'list', {}));
}

describe('who hears about a redemption', () => {
  it('redeemed: the resident, with the six digits and where to pick it up; handed over: the resident', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county);
    const [p] = await residentsWithPoints(county, 1, 100);
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    const spaced = `${made.code.digits.slice(0, 3)} ${made.code.digits.slice(3)}`;
    expect(await inbox(county, p.openid)).toEqual([
      expect.objectContaining({ title: '兑换成功：《文明家风》', body: expect.stringMatching(new RegExp(`幸福里新时代文明实践站.*${spaced}`)), link: '/features/mall/pages/mine/index' }),
    ]);
    data(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.digits }));
    expect((await inbox(county, p.openid))[0]).toMatchObject({ title: '已领取：《文明家风》' });
    expect(await inbox(county, county.people.station.openid)).toEqual([]);
  });

  it('cancelled: the resident, with the reason and the points returned', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 50 });
    const [p] = await residentsWithPoints(county, 1, 100);
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    data(await county.as('station')('mall', 'cancel', { redemptionId: made.id, reason: '这批书印错了' }));
    expect((await inbox(county, p.openid))[0]).toMatchObject({ title: '兑换已取消：《文明家风》', body: expect.stringMatching(/50积分已退回.*原因：这批书印错了/) });
  });

  it('expired: the resident, with the points returned', async () => {
    const clock = movableClock(PAST);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const rewardId = await listedReward(county, { price: 50, pickupDays: 30 });
    const [p] = await residentsWithPoints(county, 1, 100);
    data(await p.call('mall', 'redeem', { rewardId }));
    clock.advanceHours(30 * 24 + 1);
    await runScheduledJobs(county.runtime);
    expect((await inbox(county, p.openid))[0]).toMatchObject({ title: '兑换已过期：《文明家风》', body: expect.stringContaining('50积分已退回') });
  });
});
