import { movableClock } from '../../../support/clock';
import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { writeCounter } from '../../../support/write-counter';
import { findModule } from '../../../../server/modules';
import { dispatch } from '../../../../server/runtime/dispatch';
import { runScheduledJobs } from '../../../../server/runtime/scheduler';
import { qrFor, pickupKeyFrom } from '../../../../server/modules/mall/domain/pickup-code';
import { balanceOf, ledgerHolds, listedReward, redemptionsOf, residentsWithPoints, stockOf } from './mall-fixtures';

const t = useTestDatabase();
// In the past: the expiry job runs over the whole database, and must not end other tests' redemptions made now.
const NOW = '2021-05-10T09:00:00+08:00';
const DAY_H = 24;

describe('redeeming a reward', () => {
  it('takes the points and one item in one step and gives a 6-digit code and a signed QR; the stock book and the ledger agree', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 50, stock: 5 });
    const [p] = await residentsWithPoints(county, 1, 120);
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    expect(made).toMatchObject({ state: 'pending', stateLabel: '待领取', price: 50, code: { digits: expect.stringMatching(/^\d{6}$/), qr: expect.stringMatching(/^PK1\./) } });
    expect(await balanceOf(county, p.userId)).toBe(70);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 4, book: 4 });
    expect(await ledgerHolds(county)).toEqual({ unbalancedTransfers: 0, driftedAccounts: 0, mall: 50 });
    // The resident sees it in 我的兑换 and in their points history.
    expect(data<any[]>(await p.call('mall', 'mine'))).toEqual([expect.objectContaining({ id: made.id, code: made.code })]);
    expect(data<any>(await p.call('points', 'balance')).entries[0]).toMatchObject({ amount: -50, kind: 'mall_redeem', memo: '兑换：《文明家风》' });
  });

  it('refuses a resident with too few points and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 50 });
    const [p] = await residentsWithPoints(county, 1, 49);
    const answer = await p.call('mall', 'redeem', { rewardId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('积分不够') } });
    expect(await balanceOf(county, p.userId)).toBe(49);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 5, book: 5 });
    expect(await redemptionsOf(county, rewardId)).toEqual([]);
  });

  it('refuses a child: spending points needs a guardian', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county);
    expect(errorCode(await county.as('minor')('mall', 'redeem', { rewardId }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('minor')('mall', 'reward', { rewardId })).cannotRedeem).toBe('积分兑换要请家长来办');
  });

  it('refuses bad input before anything is written', async () => {
    const county = await seedCounty(t.db);
    const { counter, plugin } = writeCounter();
    const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin) };
    const mall = findModule('mall')!;
    const as = (input: unknown, action = 'createReward') => dispatch(runtime, mall, { action, input }, { openid: county.people.station.openid });
    const base = { stationId: county.stationId, kind: 'book', name: '好书', price: 10, perPersonLimit: 1, stock: 3 };
    for (const bad of [{ ...base, price: 0 }, { ...base, price: 1.5 }, { ...base, stock: -1 }, { ...base, kind: 'car' }, { ...base, name: '' }, { ...base, perPersonLimit: 100 }, { ...base, extra: 1 }]) {
      expect(errorCode(await as(bad))).toBe('VALIDATION');
    }
    expect(errorCode(await as({ rewardId: county.rewards.book, kind: 'adjusted', delta: -1, reason: '' }, 'moveStock'))).toBe('VALIDATION');
    expect(errorCode(await as({ rewardId: 'nope' }, 'redeem'))).toBe('VALIDATION');
    expect(counter.writes).toBe(0);
  });

  it('keeps to the per-person limit', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 10, perPersonLimit: 2, stock: 10 });
    const [p] = await residentsWithPoints(county, 1, 100);
    data(await p.call('mall', 'redeem', { rewardId }));
    data(await p.call('mall', 'redeem', { rewardId }));
    expect(await p.call('mall', 'redeem', { rewardId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '每人最多兑换2件，您已经兑换过了' } });
    expect(await balanceOf(county, p.userId)).toBe(80);
  });

  it('refuses a withdrawn or sold-out reward with the reason, and lists neither', async () => {
    const county = await seedCounty(t.db);
    const [p] = await residentsWithPoints(county, 1, 500);
    const soldOut = await listedReward(county, { stock: 0 });
    expect(await p.call('mall', 'redeem', { rewardId: soldOut })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已经兑换完了，过几天再来看看吧' } });
    const withdrawn = await listedReward(county);
    data(await county.as('station')('mall', 'updateReward', { rewardId: withdrawn, kind: 'book', name: '《文明家风》', price: 50, perPersonLimit: 1, status: 'withdrawn' }));
    expect(await p.call('mall', 'redeem', { rewardId: withdrawn })).toMatchObject({ ok: false, error: { message: '这件礼品已经下架了' } });
    const listed = data<any>(await p.call('mall', 'rewards', {})).rewards.map((r: any) => r.id);
    expect(listed).not.toContain(withdrawn);
    expect(listed).toContain(county.rewards.book);
  });
});

describe('handing a reward over (核销)', () => {
  async function redeemed() {
    const clock = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const rewardId = await listedReward(county, { price: 50, stock: 5, pickupDays: 30 });
    const [p] = await residentsWithPoints(county, 1, 100);
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    return { county, clock, rewardId, p, made };
  }

  it('hands over once by the typed digits; the same code again is refused as used', async () => {
    const { county, p, made } = await redeemed();
    const given = data<any>(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.digits }));
    expect(given).toMatchObject({ id: made.id, state: 'handed_over' });
    expect(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.digits })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个取货码已经用过了，物品已经领走' } });
    expect(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.qr })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(data<any[]>(await p.call('mall', 'mine'))[0]).toMatchObject({ state: 'handed_over', code: null });
  });

  it('hands over by the scanned QR', async () => {
    const { county, made } = await redeemed();
    expect(data<any>(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.qr })).state).toBe('handed_over');
  });

  it('refuses a forged code: unknown digits, a QR signed with another key, a QR whose digits were changed', async () => {
    const { county, made } = await redeemed();
    const other = made.code.digits === '000000' ? '000001' : '000000';
    const staff = county.as('station');
    const forged = { ok: false, error: { code: 'VALIDATION', message: '取货码不对，请核对居民手机上的6位数字或重新扫码' } };
    expect(await staff('mall', 'handOver', { stationId: county.stationId, code: other })).toMatchObject(forged);
    const wrongKey = qrFor(pickupKeyFrom({ mallPickup: 'x'.repeat(40), development: false }), made.id, made.code.digits);
    expect(await staff('mall', 'handOver', { stationId: county.stationId, code: wrongKey })).toMatchObject(forged);
    expect(await staff('mall', 'handOver', { stationId: county.stationId, code: made.code.qr.replace(made.code.digits, other) })).toMatchObject(forged);
    expect(await staff('mall', 'handOver', { stationId: county.stationId, code: 'PK1.garbage' })).toMatchObject(forged);
    expect((await redemptionsOf(county, made.rewardId))[0].state).toBe('pending');
  });

  it("refuses another station's staff, and a code of another station typed at this one", async () => {
    const { county, made } = await redeemed();
    const otherStation = '00000000-0000-4000-8000-000000000024';
    await county.runtime.db.insertInto('stations').values({ id: otherStation, countyId: county.countyId, name: '和平实践站', kind: 'station', communityId: null, address: '', latitude: 34.8, longitude: 114.8, createdAt: new Date() }).execute();
    const elsewhere = await addPerson(county, '和平实践站工作人员', 'station', 'station', otherStation);
    // Their own station: the code is of another station.
    expect(await elsewhere.call('mall', 'handOver', { stationId: otherStation, code: made.code.digits })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '这是别的实践站的取货码，请居民到兑换时选的实践站领取' } });
    // This station: not theirs to run.
    expect(errorCode(await elsewhere.call('mall', 'handOver', { stationId: county.stationId, code: made.code.digits }))).toBe('FORBIDDEN');
    expect((await redemptionsOf(county, made.rewardId))[0].state).toBe('pending');
  });

  it('refuses an expired code, and a cancelled one, each with its reason', async () => {
    const { county, clock, rewardId, p, made } = await redeemed();
    data(await county.as('station')('mall', 'cancel', { redemptionId: made.id, reason: '这本书受潮了' }));
    expect(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.digits })).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '这次兑换已取消，取货码不能再用' } });
    const again = data<any>(await p.call('mall', 'redeem', { rewardId }));
    clock.advanceHours(30 * DAY_H + 1);
    expect(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: again.code.digits })).toMatchObject({ ok: false, error: { code: 'CLOSED', message: expect.stringContaining('已过期') } });
    await runScheduledJobs(county.runtime);
    expect(await county.as('station')('mall', 'handOver', { stationId: county.stationId, code: again.code.digits })).toMatchObject({ ok: false, error: { code: 'CLOSED' } });
  });
});

describe('giving back what was not picked up', () => {
  it('cancel by staff returns the points and the item, once; a handed-over redemption cannot be cancelled', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 40, stock: 2 });
    const [p, q] = await residentsWithPoints(county, 2, 100);
    const a = data<any>(await p.call('mall', 'redeem', { rewardId }));
    const b = data<any>(await q.call('mall', 'redeem', { rewardId }));
    const staff = county.as('station');
    const cancels = await Promise.all([1, 2, 3].map(() => staff('mall', 'cancel', { redemptionId: a.id, reason: '居民说不要了' })));
    expect(cancels.filter((c) => c.ok)).toHaveLength(1);
    expect(await balanceOf(county, p.userId)).toBe(100);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 1, book: 1 });
    data(await staff('mall', 'handOver', { stationId: county.stationId, code: b.code.digits }));
    expect(errorCode(await staff('mall', 'cancel', { redemptionId: b.id, reason: '想取消' }))).toBe('CONFLICT');
    expect(await ledgerHolds(county)).toEqual({ unbalancedTransfers: 0, driftedAccounts: 0, mall: 40 });
  });

  it('the expiry job ends unclaimed redemptions after their pickup days, returns points and stock, and a second pass changes nothing', async () => {
    const clock = movableClock(NOW);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const rewardId = await listedReward(county, { price: 30, stock: 3, pickupDays: 7 });
    const [p, q] = await residentsWithPoints(county, 2, 60);
    const a = data<any>(await p.call('mall', 'redeem', { rewardId }));
    clock.advanceHours(3 * DAY_H);
    const b = data<any>(await q.call('mall', 'redeem', { rewardId }));
    clock.advanceHours(4 * DAY_H + 1);
    const first = await runScheduledJobs(county.runtime);
    expect(first.redemptionsExpired).toBeGreaterThanOrEqual(1);
    const rows = await redemptionsOf(county, rewardId);
    expect(rows.find((r) => r.id === a.id)?.state).toBe('expired');
    expect(rows.find((r) => r.id === b.id)?.state).toBe('pending');
    expect(await balanceOf(county, p.userId)).toBe(60);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 2, book: 2 });
    await Promise.all([runScheduledJobs(county.runtime), runScheduledJobs(county.runtime)]);
    expect(await balanceOf(county, p.userId)).toBe(60);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 2, book: 2 });
    expect(await ledgerHolds(county)).toEqual({ unbalancedTransfers: 0, driftedAccounts: 0, mall: 30 });
  });
});

describe('the stock book', () => {
  it('records stock in and adjustments with a reason, and refuses to take the stock below zero', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { stock: 5 });
    const staff = county.as('station');
    data(await staff('mall', 'moveStock', { rewardId, kind: 'in', delta: 10 }));
    const adjusted = data<any>(await staff('mall', 'moveStock', { rewardId, kind: 'adjusted', delta: -3, reason: '盘点少了3本' }));
    expect(adjusted.stock).toBe(12);
    expect(adjusted.book.map((m: any) => [m.kindLabel, m.delta, m.reason])).toEqual([
      ['调整', -3, '盘点少了3本'],
      ['入库', 10, ''],
      ['入库', 5, '上架'],
    ]);
    expect(await staff('mall', 'moveStock', { rewardId, kind: 'adjusted', delta: -13, reason: '全部损坏' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await stockOf(county, rewardId)).toEqual({ stock: 12, book: 12 });
  });
});
