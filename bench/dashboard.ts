import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { migrateToLatest } from '../server/db/migrate';
import { COUNTERS_FROM_EVENTS } from '../server/db/migrations/037_dashboard_home_areas';
import type { DB } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { dispatch } from '../server/runtime/dispatch';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { runtimeOn, timeRepeated, type Timing } from './measure';

/**
 * The dashboard's budget (ARCHITECTURE.md: "a dashboard figure costs the same
 * at 1,000 and at 1,000,000 rows"), as this bench reads it: the command
 * centre's 30-day overview through the API path at a million events costs at
 * most `sameRatio` × what it costs at a thousand, and its median stays under
 * `medianMs`.
 */
export const DASHBOARD_BUDGETS = { sameRatio: 1.5, medianMs: 15 } as const;

const SMALL = 1000;
const CALLS = 200;
const WARM_UP = 100;
const count = (x: number) => x.toLocaleString('en-US');

/**
 * 随手拍 events from->to (inclusive) in one INSERT … SELECT over generate_series,
 * spread over the last year and the county's communities; then the counters
 * rebuilt from the events with the migration's backfill (as the use cases
 * would have kept them).
 */
async function seedEvents(db: Kysely<DB>, county: SeededCounty, from: number, to: number): Promise<void> {
  const communities = await db.selectFrom('communities').select(['id', 'areaId']).where('countyId', '=', county.countyId).orderBy('name').execute();
  const category = await db.selectFrom('reportCategories').select('id').where('countyId', '=', county.countyId).orderBy('name').executeTakeFirstOrThrow();
  const uuids = (ids: string[]) => sql`array[${sql.join(ids)}]::uuid[]`;
  // The secondary indexes on reports are dropped for the bulk insert and built again after (as a restore would): one sort each instead of a million inserts into each.
  const indexes = await sql<{ name: string; definition: string }>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = 'reports'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(db);
  for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
  await db.transaction().execute(async (trx) => {
    await sql`
      insert into reports (id, county_id, community_id, area_id, category_id, reporter_id, anonymous, description, latitude, longitude, address,
        status, version, escalated, submitted_at, updated_at, idempotency_key)
      select gen_random_uuid(), ${county.countyId}, (${uuids(communities.map((c) => c.id))})[cm], (${uuids(communities.map((c) => c.areaId))})[cm],
        ${category.id}, ${county.people.resident.userId}, false, '第' || g || '号：路边垃圾桶满了', 28.2282, 112.9388, '青禾县人民路',
        'submitted', 1, false, at, at, 'dash-' || g
      from (select g, 1 + (g % ${communities.length}) as cm, now() - random() * interval '365 days' as at from generate_series(${from}::int, ${to}::int) g) s`.execute(trx);
    await sql`delete from dashboard_daily_counts where county_id = ${county.countyId}`.execute(trx);
    await sql`insert into dashboard_daily_counts (county_id, area_id, day, metric, amount)
      select county_id, area_id, day, metric, amount from (${sql.raw(COUNTERS_FROM_EVENTS)}) events where county_id = ${county.countyId}`.execute(trx);
  });
  for (const index of indexes.rows) await sql.raw(index.definition).execute(db);
  await sql`analyze reports`.execute(db);
  await sql`analyze dashboard_daily_counts`.execute(db);
}

interface Figures {
  events: number;
  seedSeconds: number;
  overview: Timing;
  area: Timing;
  /** The same day-by-day count straight from the events (what counters avoid). */
  scan: Timing;
  counterRows: number;
}

async function measureAt(db: Kysely<DB>, county: SeededCounty, events: number, seedSeconds: number): Promise<Figures> {
  const runtime = runtimeOn(db);
  const module = findModule('dashboard')!;
  const areaId = (await db.selectFrom('areas').select('id').where('countyId', '=', county.countyId).orderBy('name').executeTakeFirstOrThrow()).id;
  const call = (input: unknown) => async () => {
    const r = await dispatch(runtime, module, { action: 'overview', input }, { openid: county.people.admin.openid });
    if (!r.ok) throw new Error(`dashboard.overview: ${r.error.code} ${r.error.message}`);
  };
  const overview = await timeRepeated(call({ days: 30 }), WARM_UP, CALLS);
  const area = await timeRepeated(call({ days: 30, areaId }), WARM_UP, CALLS);
  const scan = await timeRepeated(
    () =>
      sql`select (submitted_at at time zone 'Asia/Shanghai')::date as day, count(*) from reports
          where county_id = ${county.countyId} and submitted_at > now() - interval '30 days' group by 1`.execute(db),
    3,
    10,
  );
  const rows = await sql<{ n: number }>`select count(*)::int as n from dashboard_daily_counts where county_id = ${county.countyId}`.execute(db);
  return { events, seedSeconds, overview, area, scan, counterRows: rows.rows[0].n };
}

function report(label: string, small: Figures, large: Figures): void {
  console.log(label);
  const ms = (t: Timing) => `${t.median.toFixed(2)} / ${t.p95.toFixed(2)}`;
  for (const f of [small, large]) {
    console.log(
      `  ${count(f.events).padStart(9)} events (seeded + backfilled in ${f.seedSeconds.toFixed(1)} s, ${count(f.counterRows)} counter rows): overview 30 days ${ms(f.overview)} ms, one 片区 ${ms(f.area)} ms (median / p95); the same count from the events: ${ms(f.scan)} ms`,
    );
  }
  const ratio = large.overview.median / small.overview.median;
  const ok = ratio <= DASHBOARD_BUDGETS.sameRatio && large.overview.median <= DASHBOARD_BUDGETS.medianMs;
  console.log(
    `  overview costs ${ratio.toFixed(2)}× at ${count(large.events)} what it costs at ${count(small.events)} (budget: ≤ ${DASHBOARD_BUDGETS.sameRatio}× and median ≤ ${DASHBOARD_BUDGETS.medianMs} ms)  ${verdict(ok)}`,
  );
}

/**
 * 全县每日情况: the command centre's 30-day overview (county, and one 片区)
 * at 1,000 and at 1,000,000 events (BENCH_DASHBOARD_MAX lowers it for a
 * quick run), beside the same figure counted from the events.
 */
export async function dashboardReads(): Promise<void> {
  const large = Math.max(SMALL, Number(process.env.BENCH_DASHBOARD_MAX ?? 1_000_000));
  heading(`dashboard: the command centre's 30-day overview at ${count(SMALL)} and ${count(large)} events (${CALLS} reads each after ${WARM_UP})`);
  await onBenchDatabase(async (database, label) => {
    const { db } = database;
    await migrateToLatest(db);
    const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
    const figures: Figures[] = [];
    let have = 0;
    for (const target of [SMALL, large]) {
      const started = performance.now();
      await seedEvents(db, county, have + 1, target);
      have = target;
      figures.push(await measureAt(db, county, target, (performance.now() - started) / 1000));
    }
    report(label, figures[0], figures[1]);
  });
}
