import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase, preparedStatementsFromEnv } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemoCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { award } from '../server/modules/points/facade';
import { dispatch } from '../server/runtime/dispatch';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { runtimeOn } from './measure';
import { addUsers } from './sign-vs-insert';

const RESIDENTS = 100;
const LAST = 5;
const PRICE = 50;
const POOL = 16;

/**
 * Issue 15: the last few items of a popular reward, and a hundred residents
 * tapping 兑换 at once. What matters is that it settles soon and never
 * oversells: exactly LAST redemptions, every other resident refused in words
 * and charged nothing, the stock at zero and no balance below zero.
 */
export async function mallBurst(): Promise<void> {
  heading(`积分超市 burst: ${RESIDENTS} residents redeem the last ${LAST} items at once (a pool of ${POOL}; budget: oversold = 0, nobody charged for nothing, no person's or the mall's balance below zero)`);
  await onBenchDatabase(async (database, label, url) => {
    await migrateToLatest(database.db);
    const db = database.db;
    const county = await seedDemoCounty(db, { openidPrefix: `burst-${randomUUID()}:` });
    const openids = Array.from({ length: RESIDENTS }, (_, i) => `burst-${county.countyId}-${i}`);
    await addUsers(db, county.countyId, openids);
    const users = await db.selectFrom('users').select('id').where('openid', 'in', openids).execute();
    const at = new Date();
    for (let i = 0; i < users.length; i += 16) {
      await Promise.all(users.slice(i, i + 16).map((u) => award(db, { countyId: county.countyId, userId: u.id, amount: PRICE, sourceKey: `bench:burst:${u.id}`, kind: 'bench', memo: '压测积分', at })));
    }
    const pool = await openDatabase({ url, maxConnections: POOL, preparedStatements: preparedStatementsFromEnv() });
    try {
      const runtime = runtimeOn(pool.db);
      const mall = findModule('mall')!;
      const staff = await dispatch(runtime, mall, { action: 'createReward', input: { stationId: county.stationId, kind: 'book', name: '《压测读本》', price: PRICE, perPersonLimit: 1, stock: LAST } }, { openid: county.people.station.openid });
      if (!staff.ok) throw new Error(`could not list the reward: ${staff.error.message}`);
      const rewardId = (staff.data as { id: string }).id;

      const started = performance.now();
      const results = await Promise.all(openids.map((openid) => dispatch(runtime, mall, { action: 'redeem', input: { rewardId } }, { openid })));
      const settled = performance.now() - started;

      const won = results.filter((r) => r.ok).length;
      const refusals = new Map<string, number>();
      for (const r of results) if (!r.ok) refusals.set(`${r.error.code} ${r.error.message}`, (refusals.get(`${r.error.code} ${r.error.message}`) ?? 0) + 1);
      const stock = (await db.selectFrom('mallRewards').select('stock').where('id', '=', rewardId).executeTakeFirstOrThrow()).stock;
      const charged = await db
        .selectFrom('pointAccounts')
        .select((e) => e.fn.countAll<string>().as('n'))
        .where('userId', 'in', users.map((u) => u.id))
        .where('kind', '=', 'person')
        .where('balance', '<', PRICE)
        .executeTakeFirstOrThrow();
      const negative = await db.selectFrom('pointAccounts').select((e) => e.fn.countAll<string>().as('n')).where('countyId', '=', county.countyId).where('kind', '!=', 'pool').where('balance', '<', 0).executeTakeFirstOrThrow();
      const oversold = Math.max(0, won - LAST);
      const ok = won === LAST && stock === 0 && Number(charged.n) === LAST && Number(negative.n) === 0 && results.every((r) => r.ok || r.error.code !== 'INTERNAL');
      console.log(label);
      console.log(`  settled in ${settled.toFixed(0)} ms: ${won} redeemed, oversold ${oversold}, stock left ${stock}, charged ${charged.n}, balances below zero ${negative.n}  ${verdict(ok)}`);
      for (const [reason, count] of refusals) console.log(`  refused ×${count}: ${reason}`);
    } finally {
      await pool.close();
    }
  });
}
