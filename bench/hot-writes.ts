import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { openDatabase, preparedStatementsFromEnv } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { dispatch } from '../server/runtime/dispatch';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { runtimeOn, statementCounter } from './measure';
import { addUsers } from './sign-vs-insert';
import { addVolunteers, createActivity } from './signup-path';
import { addVoters, votingList } from './vote-path';
import { award } from '../server/modules/points/facade';
import { moveStock } from '../server/modules/mall/repo';

/**
 * ARCHITECTURE.md, restated by issue 11: what limits a county's vote night is
 * database work per write under concurrency, not one client's latency. Each
 * hot path, at 16 concurrent clients, must reach at least half the throughput
 * of a bare single-row INSERT at 16 clients (≤ 2× the cost per write). One
 * client's figures are reported beside it, with the round trips per call.
 */
const MIN_SHARE = 0.5;
const CONCURRENCY = [1, 16];
const WARM_UP = 50;
const DAY_MS = 24 * 3_600_000;

/** `total` calls of `op(i)`, i counting up from `from`, by `clients` loops at once; calls per second. */
async function throughput(clients: number, from: number, total: number, op: (i: number) => Promise<void>): Promise<number> {
  let next = from;
  const end = from + total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < end) await op(next++);
    }),
  );
  return (total * 1000) / (performance.now() - started);
}

interface PathSpec {
  name: string;
  /** The calls the measurement will make, in order: each with a caller of its own. */
  prepare(db: Kysely<DB>, county: SeededCounty, calls: number): Promise<(i: number) => { module: string; action: string; input: unknown; openid: string }>;
}

const PATHS: PathSpec[] = [
  {
    name: 'conventions.sign',
    async prepare(db, county, calls) {
      const openids = Array.from({ length: calls }, (_, i) => `hot-sign-${county.countyId}-${i}`);
      await addUsers(db, county.countyId, openids);
      return (i) => ({ module: 'conventions', action: 'sign', input: { versionId: county.versions.civic }, openid: openids[i] });
    },
  },
  {
    name: 'families.vote',
    async prepare(db, county, calls) {
      const entries = await votingList(db, county);
      const now = Date.now();
      // Open for voting now; no burst limit in the way of a bench that votes faster than any county.
      await db
        .updateTable('familyCampaigns')
        .set({ nominationStartsAt: new Date(now - 10 * DAY_MS), nominationEndsAt: new Date(now - 3 * DAY_MS), votingStartsAt: new Date(now - 2 * DAY_MS), votingEndsAt: new Date(now + 7 * DAY_MS), requireHousehold: false, familyVotesPerMinute: 10000 })
        .where('id', '=', county.familyCampaignId)
        .execute();
      const prefix = `hot-voter-${randomUUID()}:`;
      await addVoters(db, county.countyId, prefix, calls, new Date(now - 30 * DAY_MS));
      return (i) => ({ module: 'families', action: 'vote', input: { nominationId: entries[i % entries.length] }, openid: `${prefix}${i}` });
    },
  },
  {
    name: 'activities.signUp',
    async prepare(db, county, calls) {
      const activityId = await createActivity(runtimeOn(db), county, calls, '楼道清洁（压测）');
      const prefix = `hot-volunteer-${randomUUID()}:`;
      await addVolunteers(db, county, prefix, calls);
      return (i) => ({ module: 'activities', action: 'signUp', input: { activityId }, openid: `${prefix}${i}` });
    },
  },
  {
    // 积分超市 (issue 15): each resident redeems one item of a well-stocked reward at the demo station.
    name: 'mall.redeem',
    async prepare(db, county, calls) {
      const openids = Array.from({ length: calls }, (_, i) => `hot-redeem-${county.countyId}-${i}`);
      await addUsers(db, county.countyId, openids);
      const users = await db.selectFrom('users').select(['id', 'openid']).where('openid', 'in', openids).execute();
      const at = new Date();
      for (let i = 0; i < users.length; i += 16) {
        await Promise.all(users.slice(i, i + 16).map((u) => award(db, { countyId: county.countyId, userId: u.id, amount: 100, sourceKey: `bench:redeem:${u.id}`, kind: 'bench', memo: '压测积分', at })));
      }
      const rewardId = county.rewards.gift;
      await moveStock(db, { countyId: county.countyId, rewardId, kind: 'in', delta: calls, reason: '压测入库', by: county.people.station.userId, now: at });
      return (i) => ({ module: 'mall', action: 'redeem', input: { rewardId }, openid: openids[i] });
    },
  },
];

interface PathFigures {
  name: string;
  /** Calls per second at each concurrency. */
  rates: number[];
  roundTrips: number;
}

async function measurePath(db: Kysely<DB>, pool: Kysely<DB>, county: SeededCounty, spec: PathSpec, n: number): Promise<PathFigures> {
  const perLevel = WARM_UP + n;
  const callOf = await spec.prepare(db, county, perLevel * CONCURRENCY.length);
  const counter = statementCounter();
  const runtime = runtimeOn(pool.withPlugin(counter));
  let failed = '';
  const op = async (i: number) => {
    const c = callOf(i);
    const result = await dispatch(runtime, findModule(c.module)!, { action: c.action, input: c.input }, { openid: c.openid });
    if (!result.ok) failed ||= `${spec.name}: ${result.error.code} ${result.error.message}`;
  };
  const rates: number[] = [];
  let roundTrips = 0;
  for (const [level, clients] of CONCURRENCY.entries()) {
    const base = level * perLevel;
    await throughput(clients, base, WARM_UP, op);
    counter.count = 0;
    rates.push(await throughput(clients, base + WARM_UP, n, op));
    if (clients === 1) roundTrips = counter.count / n + 2;
  }
  if (failed) throw new Error(failed);
  return { name: spec.name, rates, roundTrips };
}

async function measureInsert(db: Kysely<DB>, pool: Kysely<DB>, n: number): Promise<number[]> {
  await sql`create table bench_hot_insert (id integer primary key, n integer not null)`.execute(db);
  const insert = async (i: number) => {
    await sql`insert into bench_hot_insert (id, n) values (${i}, ${i})`.execute(pool);
  };
  const rates: number[] = [];
  for (const [level, clients] of CONCURRENCY.entries()) {
    const base = level * (WARM_UP + n);
    await throughput(clients, base, WARM_UP, insert);
    rates.push(await throughput(clients, base + WARM_UP, n, insert));
  }
  return rates;
}

const rate = (x: number) => `${x.toFixed(0)}/s`.padStart(9);

export async function hotWrites(n: number): Promise<void> {
  const clients = CONCURRENCY[CONCURRENCY.length - 1];
  heading(`hot writes: calls per second at ${CONCURRENCY.join(' and ')} clients against a bare single-row INSERT (N=${n} each; budget: at ${clients} clients ≥ ${MIN_SHARE * 100}% of the INSERT's)`);
  await onBenchDatabase(async (database, label, url) => {
    await migrateToLatest(database.db);
    const county = await seedDemoCounty(database.db, { openidPrefix: `hot-${randomUUID()}:` });
    const pool = await openDatabase({ url, maxConnections: clients, preparedStatements: preparedStatementsFromEnv() });
    try {
      const insert = await measureInsert(database.db, pool.db, n);
      const paths: PathFigures[] = [];
      for (const spec of PATHS) paths.push(await measurePath(database.db, pool.db, county, spec, n));
      const named = preparedStatementsFromEnv() ? 'named statements on' : 'no named statements';
      console.log(`${label}, a pool of ${clients}, ${named}`);
      console.log(`  ${''.padEnd(22)}${CONCURRENCY.map((c) => `${c} client${c > 1 ? 's' : ''}`.padStart(11)).join('')}   round trips   share of INSERT at ${clients}`);
      console.log(`  ${'bare INSERT'.padEnd(22)}${insert.map((r) => rate(r).padStart(11)).join('')}   ${'1'.padStart(11)}`);
      for (const p of paths) {
        const share = p.rates[p.rates.length - 1] / insert[insert.length - 1];
        console.log(`  ${p.name.padEnd(22)}${p.rates.map((r) => rate(r).padStart(11)).join('')}   ${p.roundTrips.toFixed(1).padStart(11)}   ${`${(share * 100).toFixed(0)}%`.padStart(6)}  ${verdict(share >= MIN_SHARE)}`);
      }
      console.log('  (round trips per call: the caller read and the use case\'s statements, with BEGIN and COMMIT)');
    } finally {
      await pool.close();
    }
  });
}
