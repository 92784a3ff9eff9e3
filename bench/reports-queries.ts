import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, createQueryId, PostgresQueryCompiler, sql, type Kysely } from 'kysely';
import { systemClock } from '../server/core/clock';
import { localWordFilter } from '../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../server/core/files/memory-file-store';
import type { Database } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB, ReportStatus } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { dispatch } from '../server/runtime/dispatch';
import type { Runtime } from '../server/runtime/runtime';
import { onBenchDatabase } from './each-database';
import { statementRecorder, timeRepeated, type Timing } from './measure';
import { heading } from './format';

/**
 * ARCHITECTURE.md's budgets name no figure for list queries; the nearest is
 * "a tally or a leaderboard costs the same at 1,000 and at 1,000,000 votes".
 * Printed beside the ratio, without a verdict.
 */
const BUDGET_NOTE = 'ARCHITECTURE.md sets no budget for list queries (nearest: a tally reads the same at 1,000 and 1,000,000 votes)';
const SMALL = 1000;
const CALLS = 200;
const WARM_UP = 50;
/** The county spreads over ~10 km × 10 km around its centre; 30% of reports fall in the 1 km × 1 km old town around it. */
const CENTRE = { lat: 28.2282, lng: 112.9388 };
const COUNTY_DEG = { lat: 0.09, lng: 0.102 };
const TOWN_DEG = { lat: 0.009, lng: 0.0102 };
const TOWN_SHARE = 0.3;
/** Status mix (cumulative shares): most cases are long closed; about 3% wait for a department. */
const STATUS_MIX: [string, number][] = [
  ['closed', 0.85],
  ['rejected', 0.88],
  ['duplicate', 0.9],
  ['confirmed', 0.92],
  ['fixed', 0.94],
  ['submitted', 0.955],
  ['accepted', 0.965],
  ['assigned', 0.98],
  ['in_progress', 0.995],
  ['disputed', 0.9975],
  ['reopened', 1],
];
/** These carry a department and a deadline (transition.ts); the rest are unassigned. */
const WITH_DEPARTMENT: ReportStatus[] = ['assigned', 'in_progress', 'fixed', 'confirmed', 'disputed', 'closed'];
const WITH_FIX: ReportStatus[] = ['fixed', 'confirmed', 'closed'];
const OPEN: ReportStatus[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'disputed', 'reopened'];

/** Keeps the node of every statement Kysely sends, to replay or EXPLAIN the exact SQL of a use case. */

/**
 * Reports from->to (inclusive) in one INSERT … SELECT over generate_series, each
 * with a "before" photo, and a few "me too" followers on open ones. Category,
 * department (the routing rule's), place, reporter and age are drawn with a
 * seeded random(): the same draw every run (ids and dates aside).
 */
async function insertReports(db: Kysely<DB>, county: SeededCounty, from: number, to: number): Promise<void> {
  // By name, not id (ids are random): the same draw gives the same rows every run.
  const categories = await db
    .selectFrom('routingRules as r')
    .innerJoin('reportCategories as c', 'c.id', 'r.categoryId')
    .select(['r.categoryId', 'r.departmentId'])
    .where('r.countyId', '=', county.countyId)
    .orderBy('c.name')
    .execute();
  const communities = await db.selectFrom('communities').select(['id', 'areaId']).where('countyId', '=', county.countyId).orderBy('name').execute();
  const users = Object.values(county.people).map((p) => p.userId);
  const uuids = (ids: string[]) => sql`array[${sql.join(ids)}]::uuid[]`;
  const status = sql.raw(`case ${STATUS_MIX.map(([s, upTo]) => `when rs < ${upTo} then '${s}'`).join(' ')} end`);
  const inList = (xs: string[]) => sql.raw(xs.map((x) => `'${x}'`).join(','));
  await db.transaction().execute(async (trx) => {
    await sql`select setseed(${from / (to + 1)})`.execute(trx);
    await sql`
      with draw as materialized (
        select g, random() as rs, random() as rw, random() as rx, random() as ry, random() as rt, random() as rh,
          1 + floor(random() * ${categories.length})::int as cat,
          1 + floor(random() * ${communities.length})::int as cm,
          1 + floor(random() * ${users.length})::int as who
        from generate_series(${from}::int, ${to}::int) g
      ), placed as materialized (
        select g, ${status} as status, cat, cm, who, rh,
          case when rw < ${TOWN_SHARE}
            then ${CENTRE.lat}::float8 + (rx - 0.5) * ${TOWN_DEG.lat} else ${CENTRE.lat}::float8 + (rx - 0.5) * ${COUNTY_DEG.lat} end as lat,
          case when rw < ${TOWN_SHARE}
            then ${CENTRE.lng}::float8 + (ry - 0.5) * ${TOWN_DEG.lng} else ${CENTRE.lng}::float8 + (ry - 0.5) * ${COUNTY_DEG.lng} end as lng,
          rt
        from draw
      ), shaped as (
        select gen_random_uuid() as id, g, status, lat, lng, rh,
          (${uuids(categories.map((c) => c.categoryId))})[cat] as category_id,
          (${uuids(categories.map((c) => c.departmentId))})[cat] as routed_department,
          (${uuids(communities.map((c) => c.id))})[cm] as community_id,
          (${uuids(communities.map((c) => c.areaId))})[cm] as area_id,
          (${uuids(users)})[who] as reporter_id,
          -- Open cases are recent (days), closed ones anywhere in the year.
          now() - case when status in (${inList(OPEN)}) then rt * interval '10 days' else rt * interval '365 days' end as submitted_at
        from placed
      ), inserted as (
        insert into reports (id, county_id, community_id, area_id, category_id, reporter_id, anonymous, description, latitude, longitude, address,
          status, version, department_id, deadline, escalated, submitted_at, updated_at, idempotency_key, fixed_at)
        select id, ${county.countyId}, community_id, area_id, category_id, reporter_id, g % 10 = 0,
          '第' || g || '号：路边垃圾桶满了，好几天没人清运，气味很大', lat, lng, '青禾县人民路' || (g % 500) || '号附近',
          status, 1,
          case when status in (${inList(WITH_DEPARTMENT)}) then routed_department end,
          case when status in (${inList(WITH_DEPARTMENT)}) then submitted_at + (24 + (g % 3) * 24) * interval '1 hour' end,
          false, submitted_at, submitted_at, 'bench-' || g,
          case when status in (${inList(WITH_FIX)}) then submitted_at + rh * interval '72 hours' end
        from shaped
        returning id, reporter_id, status
      ), photos as (
        insert into report_photos (report_id, county_id, file_ref, stage, event_seq, sort)
        select id, ${county.countyId}, 'bench/' || id || '.jpg', 'before', 1, 0 from inserted
      )
      insert into report_followers (report_id, user_id, county_id, at)
      select i.id, u.id, ${county.countyId}, now()
      from inserted i cross join unnest(${uuids(users)}) u(id)
      where i.status in (${inList(OPEN)}) and u.id <> i.reporter_id and random() < 0.05`.execute(trx);
  });
  // What autovacuum would have done by the time a county has this many reports.
  await sql`analyze reports`.execute(db);
  await sql`analyze report_photos`.execute(db);
  await sql`analyze report_followers`.execute(db);
}

const time = (op: () => Promise<unknown>): Promise<Timing> => timeRepeated(op, WARM_UP, CALLS);

interface QueryFigures {
  dispatch: Timing;
  bare: Timing;
  /** Rows the action answers with. */
  returned: number;
  /** Whether the statement reads reports through the index meant for it: "yes (Index Scan)", "NO (Seq Scan)". */
  used: string;
  plan: string[];
}

interface Probe {
  action: string;
  input: unknown;
  openid: string;
  /** The index meant for the statement on reports (the migration's comment says which). */
  index: string;
}

/** Time one action via dispatch, then its statement on reports alone, and EXPLAIN ANALYZE that statement. */
async function measureProbe(db: Kysely<DB>, probe: Probe): Promise<QueryFigures> {
  const module = findModule('reports');
  if (!module) throw new Error('no reports module');
  const recorder = statementRecorder();
  const runtime: Runtime = { db: db.withPlugin(recorder), clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
  const event = { action: probe.action, input: probe.input };
  let returned = 0;
  const call = async () => {
    const result = await dispatch(runtime, module, event, { openid: probe.openid });
    if (!result.ok) throw new Error(`${probe.action}: ${result.error.code} ${result.error.message}`);
    returned = (result.data as unknown[]).length;
  };
  recorder.nodes.length = 0;
  await call();
  const compiler = new PostgresQueryCompiler();
  const statement = recorder.nodes.map((node) => compiler.compileQuery(node, createQueryId())).find((q) => /from "reports"/.test(q.sql));
  if (!statement) throw new Error(`${probe.action} sent no statement on reports`);
  const dispatchTiming = await time(call);

  const bare = CompiledQuery.raw(statement.sql, [...statement.parameters]);
  const bareTiming = await time(() => db.executeQuery(bare));
  const explained = await db.executeQuery(CompiledQuery.raw(`explain (analyze, costs off) ${statement.sql}`, [...statement.parameters]));
  const plan = explained.rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  // The node that reads reports r: an index scan names its index; a bitmap heap scan's child does.
  const scanLine = plan.find((line) => / on reports r\b/.test(line)) ?? '';
  const scan = /([A-Z][\w ]*?Scan(?: Backward)?)(?: using \w+)? on reports r\b/.exec(scanLine)?.[1] ?? 'no scan of reports';
  const index = (/ using (\w+) on reports r\b/.exec(scanLine) ?? plan.map((line) => /Bitmap Index Scan on (reports_\w+)/.exec(line)).find(Boolean))?.[1] ?? null;
  const used = index === null ? `NO (${scan})` : index === probe.index ? `yes (${scan})` : `yes, ${index} instead (${scan})`;
  return { dispatch: dispatchTiming, bare: bareTiming, returned, used, plan };
}

interface SizeFigures {
  reports: number;
  insertSeconds: number;
  nearby: QueryFigures;
  queue: QueryFigures;
  /** The handler's department's working cases: what the queue sorts to show its first 100. */
  backlog: number;
  /** Open reports of the probed category inside the 50 m box. */
  inBox: number;
}

/** Where a resident is about to report: the category, and beside an open report of it nearest the town centre ("me too" territory). */
interface Spot {
  categoryId: string;
  lat: number;
  lng: number;
}

async function spotToProbe(db: Kysely<DB>, county: SeededCounty): Promise<Spot> {
  const category = await db.selectFrom('reportCategories').select('id').where('countyId', '=', county.countyId).where('name', '=', '乱扔垃圾').executeTakeFirstOrThrow();
  const near = await db
    .selectFrom('reports')
    .select(['latitude', 'longitude'])
    .where('countyId', '=', county.countyId)
    .where('categoryId', '=', category.id)
    .where('status', 'in', OPEN)
    .orderBy(sql`abs(latitude - ${CENTRE.lat}) + abs(longitude - ${CENTRE.lng})`)
    .limit(1)
    .executeTakeFirst();
  // 10 m north-east of that report; the town centre if there is none.
  return { categoryId: category.id, lat: (near?.latitude ?? CENTRE.lat) + 0.00007, lng: (near?.longitude ?? CENTRE.lng) + 0.00007 };
}

async function measureSize(db: Kysely<DB>, county: SeededCounty, spot: Spot, reports: number, insertSeconds: number): Promise<SizeFigures> {
  const { categoryId } = spot;
  const department = county.departments['县城市管理局'];
  const nearby = await measureProbe(db, {
    action: 'nearby',
    input: { categoryId, latitude: spot.lat, longitude: spot.lng },
    openid: county.people.resident.openid,
    index: 'reports_nearby',
  });
  const queue = await measureProbe(db, { action: 'handlerQueue', input: { filter: 'open' }, openid: county.people.handler.openid, index: 'reports_by_department' });
  const backlog = await db
    .selectFrom('reports')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('countyId', '=', county.countyId)
    .where('departmentId', '=', department)
    .where('status', 'in', ['assigned', 'in_progress'])
    .executeTakeFirstOrThrow();
  const dLat = 50 / 111_320;
  const dLng = dLat / Math.cos((spot.lat * Math.PI) / 180);
  const box = await db
    .selectFrom('reports')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('countyId', '=', county.countyId)
    .where('categoryId', '=', categoryId)
    .where('status', 'in', OPEN)
    .where('latitude', '>=', spot.lat - dLat)
    .where('latitude', '<=', spot.lat + dLat)
    .where('longitude', '>=', spot.lng - dLng)
    .where('longitude', '<=', spot.lng + dLng)
    .executeTakeFirstOrThrow();
  return { reports, insertSeconds, nearby, queue, backlog: backlog.n, inBox: box.n };
}

async function measure(database: Database, large: number): Promise<SizeFigures[]> {
  const { db } = database;
  await migrateToLatest(db);
  const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
  const sizes: SizeFigures[] = [];
  let have = 0;
  let spot: Spot | undefined;
  for (const target of [SMALL, large]) {
    const started = performance.now();
    await insertReports(db, county, have + 1, target);
    have = target;
    const seconds = (performance.now() - started) / 1000;
    spot ??= await spotToProbe(db, county);
    sizes.push(await measureSize(db, county, spot, target, seconds));
  }
  return sizes;
}

/** The plan's nodes with their actual rows and loops, and the execution time: enough to see which index read how much. */
function compactPlan(plan: string[]): string[] {
  return plan
    .filter((line) => line.includes('(actual') || line.includes('(never executed)') || line.trim().startsWith('SubPlan') || line.startsWith('Execution Time'))
    .map((line) => line.replace(/\(actual time=[\d.]+\.\.([\d.]+) rows=([\d.]+) loops=(\d+)\)/, (_, ms: string, rows: string, loops: string) => `rows=${Number(rows)} loops=${loops} (${ms} ms)`));
}

const count = (n: number) => n.toLocaleString('en-US');
const pair = (t: Timing) => `${t.median.toFixed(2).padStart(6)} / ${t.p95.toFixed(2).padStart(6)}`;

function report(label: string, [small, big]: SizeFigures[]): void {
  console.log(label);
  console.log(`  reports inserted: ${count(small.reports)} in ${small.insertSeconds.toFixed(1)} s, grown to ${count(big.reports)} in ${big.insertSeconds.toFixed(1)} s (one INSERT … SELECT each, then ANALYZE)`);
  const head = `  ${'query'.padEnd(30)} ${`${count(small.reports)}: median / p95 ms`.padStart(24)}   ${`${count(big.reports)}: median / p95 ms`.padStart(26)}   ${'ratio'.padStart(6)}   index used`;
  console.log(head);
  const line = (name: string, index: string, a: QueryFigures, b: QueryFigures, pick: (q: QueryFigures) => Timing) => {
    const ratio = pick(b).median / pick(a).median;
    const used = a.used === b.used ? `${index}: ${b.used}` : `${index}: ${a.used} at ${count(small.reports)}, ${b.used} at ${count(big.reports)}`;
    console.log(`  ${name.padEnd(30)} ${pair(pick(a)).padStart(24)}   ${pair(pick(b)).padStart(26)}   ${`${ratio.toFixed(1)}×`.padStart(6)}   ${used}`);
  };
  line('reports.nearby via dispatch', 'reports_nearby', small.nearby, big.nearby, (q) => q.dispatch);
  line('  its SELECT on reports alone', 'reports_nearby', small.nearby, big.nearby, (q) => q.bare);
  line('reports.handlerQueue via disp.', 'reports_by_department', small.queue, big.queue, (q) => q.dispatch);
  line('  its SELECT on reports alone', 'reports_by_department', small.queue, big.queue, (q) => q.bare);
  console.log(
    `  nearby (乱扔垃圾, 10 m from an open one in town): ${small.nearby.returned} → ${big.nearby.returned} within 50 m (${small.inBox} → ${big.inBox} open in the box); ` +
      `handler's queue: ${small.queue.returned} → ${big.queue.returned} shown of ${count(small.backlog)} → ${count(big.backlog)} working cases`,
  );
  console.log(`  budget: ${BUDGET_NOTE}`);
  for (const [name, q] of [
    ['nearby', big.nearby],
    ['handlerQueue', big.queue],
  ] as const) {
    console.log(`  EXPLAIN ANALYZE ${name} at ${count(big.reports)} (plan nodes):`);
    for (const planLine of compactPlan(q.plan)) console.log(`    ${planLine}`);
  }
}

/**
 * 随手拍's two hot reads, "open reports of this category within 50 m" (a
 * resident about to submit) and the handler's queue, through dispatch as the
 * app calls them, at 1,000 reports and again after growing the same database
 * to 100,000 (BENCH_REPORTS_MAX lowers it for a quick run).
 */
export async function reportsQueries(): Promise<void> {
  const large = Math.max(SMALL, Number(process.env.BENCH_REPORTS_MAX ?? 100_000));
  heading(`reports: nearby (50 m) and the handler's queue at ${count(SMALL)} and ${count(large)} reports (${CALLS} calls each after ${WARM_UP}, one client)`);
  await onBenchDatabase(async (database, label) => report(label, await measure(database, large)));
}
