import { sql } from 'kysely';
import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { balanceOf, ledgerHolds, listedReward, redemptionsOf, residentsWithPoints, stockOf } from './mall-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('redeeming at the same moment', () => {
  it('gives the last 5 items to exactly 5 of 100 residents redeeming at once: stock 0, nobody charged without an item', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 20, stock: 5, perPersonLimit: 1 });
    const people = await residentsWithPoints(county, 100, 20);
    const answers = await Promise.all(people.map((p) => p.call('mall', 'redeem', { rewardId })));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 0, book: 0 });
    const rows = await redemptionsOf(county, rewardId);
    expect(rows).toHaveLength(5);
    const balances = await Promise.all(people.map((p) => balanceOf(county, p.userId)));
    expect(balances.filter((b) => b === 0)).toHaveLength(5);
    expect(balances.filter((b) => b === 20)).toHaveLength(95);
    expect(await ledgerHolds(county)).toEqual({ unbalancedTransfers: 0, driftedAccounts: 0, mall: 100 });
  });

  it('lets one person with points for one redeem once when they redeem two things at once', async () => {
    const county = await seedCounty(t.db);
    const first = await listedReward(county, { price: 50, stock: 10 });
    const second = await listedReward(county, { name: '环保袋', kind: 'gift', price: 50, stock: 10 });
    const [p] = await residentsWithPoints(county, 1, 50);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => p.call('mall', 'redeem', { rewardId: i % 2 ? first : second })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await balanceOf(county, p.userId)).toBe(0);
    const stocks = [await stockOf(county, first), await stockOf(county, second)];
    expect(stocks.map((s) => s.stock).sort((a, b) => a - b)).toEqual([9, 10]);
    expect(stocks.every((s) => s.stock === s.book)).toBe(true);
    expect(await ledgerHolds(county)).toEqual({ unbalancedTransfers: 0, driftedAccounts: 0, mall: 50 });
  });

  it('keeps to the per-person limit when one person redeems the same reward twenty times at once', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county, { price: 10, stock: 50, perPersonLimit: 2 });
    const [p] = await residentsWithPoints(county, 1, 1000);
    const answers = await Promise.all(Array.from({ length: 20 }, () => p.call('mall', 'redeem', { rewardId })));
    expect(answers.filter((a) => a.ok)).toHaveLength(2);
    expect(await redemptionsOf(county, rewardId)).toHaveLength(2);
    expect(await balanceOf(county, p.userId)).toBe(980);
    expect(await stockOf(county, rewardId)).toEqual({ stock: 48, book: 48 });
  });

  it('hands one code over once when staff type it twelve times at once', async () => {
    const county = await seedCounty(t.db);
    const rewardId = await listedReward(county);
    const [p] = await residentsWithPoints(county, 1, 100);
    const made = data<any>(await p.call('mall', 'redeem', { rewardId }));
    // Hold the redemption's row, so that every hand-over reads it as 待领取 and then queues to change it: the race, every time.
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`select id from mall_redemptions where id = ${made.id} for update`.execute(trx);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    // Twelve: with the holder and this test's own queries, within the pool of twenty connections.
    const calls = Promise.all(Array.from({ length: 12 }, () => county.as('station')('mall', 'handOver', { stationId: county.stationId, code: made.code.digits })));
    for (let waited = 0; waited < 5000; waited += 50) {
      const queued = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'update "mall_redemptions"%'`.execute(t.db);
      if (queued.rows[0].n >= 8) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    release();
    await holder;
    const answers = await calls;
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
  });
});
