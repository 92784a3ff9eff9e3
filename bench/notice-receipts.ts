import { randomUUID } from 'node:crypto';
import { CompiledQuery, createQueryId, PostgresQueryCompiler, sql, type Kysely } from 'kysely';
import { systemClock } from '../server/core/clock';
import { localWordFilter } from '../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../server/core/files/memory-file-store';
import type { Database } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import { findModule } from '../server/modules';
import { dispatch } from '../server/runtime/dispatch';
import type { Runtime } from '../server/runtime/runtime';
import { onBenchDatabase } from './each-database';
import { statementRecorder, timeRepeated, type Timing } from './measure';
import { heading } from './format';

const WARM_UP = 20;
const CALLS = 100;
/** Two buildings: 5 units × 10 rooms, and 10 units × 50 rooms. */
const SHAPES = [
  { name: '50户楼', units: 5, rooms: 10 },
  { name: '500户楼', units: 10, rooms: 50 },
];
/** The rest of a county seat, so that plans are those of a real database: 20 buildings of 1,000 households, each with a notice read by all. */
const BACKGROUND = Array.from({ length: 20 }, (_, i) => ({ name: `背景${i + 1}号楼`, units: 10, rooms: 100 }));

/** A building of `units × rooms` households, a resident bound to each, in a few INSERT … SELECTs. */
async function building(db: Kysely<DB>, county: SeededCounty, shape: (typeof SHAPES)[number]): Promise<string> {
  const buildingId = randomUUID();
  const communityId = county.communities['幸福里社区'];
  await db.insertInto('buildings').values({ id: buildingId, countyId: county.countyId, communityId, name: shape.name }).execute();
  await sql`
    insert into units (id, county_id, building_id, name)
    select gen_random_uuid(), ${county.countyId}, ${buildingId}, u || '单元' from generate_series(1, ${shape.units}) u`.execute(db);
  await sql`
    insert into households (id, county_id, unit_id, room)
    select gen_random_uuid(), ${county.countyId}, u.id, r::text from units u cross join generate_series(1, ${shape.rooms}) r where u.building_id = ${buildingId}`.execute(db);
  await sql`
    with people as (
      insert into users (id, county_id, openid, name)
      select gen_random_uuid(), ${county.countyId}, 'bench-notice:' || h.id, '居民' || h.room from households h join units u on u.id = h.unit_id where u.building_id = ${buildingId}
      returning id, openid
    )
    insert into household_requests (id, county_id, household_id, user_id, relation, status, requested_at, decided_at, decided_role)
    select gen_random_uuid(), ${county.countyId}, substring(p.openid from 14)::uuid, p.id, 'owner', 'approved', now(), now(), 'captain' from people p`.execute(db);
  return buildingId;
}

const time = (op: () => Promise<unknown>): Promise<Timing> => timeRepeated(op, WARM_UP, CALLS);

interface SizeFigures {
  households: number;
  read: number;
  receipts: Timing;
  managed: Timing;
  plan: string[];
}

async function measure(database: Database): Promise<SizeFigures[]> {
  const { db } = database;
  await migrateToLatest(db);
  const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
  const module = findModule('notices');
  if (!module) throw new Error('no notices module');
  const recorder = statementRecorder();
  const runtime: Runtime = { db: db.withPlugin(recorder), clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
  const admin = county.people.admin.openid;
  const call = async <T>(action: string, input: unknown): Promise<T> => {
    const result = await dispatch(runtime, module, { action, input }, { openid: admin });
    if (!result.ok) throw new Error(`notices.${action}: ${result.error.code} ${result.error.message}`);
    return result.data as T;
  };

  const notices: string[] = [];
  for (const shape of [...BACKGROUND, ...SHAPES]) {
    const buildingId = await building(db, county, shape);
    const posted = await call<{ id: string }>('post', { buildingId, title: '周六停水通知', body: '因管道检修，本周六8:00-12:00停水，请提前储水。', endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    // Read by every household (what notices.read writes, in one statement).
    await sql`
      insert into notice_reads (notice_id, household_id, county_id, first_reader, read_at)
      select ${posted.id}, r.household_id, ${county.countyId}, r.user_id, now()
      from household_requests r join households h on h.id = r.household_id join units u on u.id = h.unit_id
      where u.building_id = ${buildingId} and r.status = 'approved'`.execute(db);
    await sql`update notices set read_households = audience_households where id = ${posted.id}`.execute(db);
    notices.push(posted.id);
  }
  for (const table of ['households', 'household_requests', 'notice_reads', 'units', 'notices']) await sql`analyze ${sql.table(table)}`.execute(db);

  const measured = notices.slice(-SHAPES.length);
  // Both sizes warm the code paths first: the first one timed would otherwise pay for the JIT.
  for (const noticeId of measured) for (let i = 0; i < WARM_UP; i++) await call('receipts', { noticeId });
  const figures: SizeFigures[] = [];
  for (const noticeId of measured) {
    let view: { units: { households: { readAt: string | null }[] }[] } | undefined;
    recorder.nodes.length = 0;
    view = await call('receipts', { noticeId });
    const compiler = new PostgresQueryCompiler();
    const statement = recorder.nodes.map((node) => compiler.compileQuery(node, createQueryId())).find((q) => /from "households"/.test(q.sql) && /notice_reads/.test(q.sql));
    const receipts = await time(async () => (view = await call('receipts', { noticeId })));
    const managed = await time(() => call('managed', {}));
    const explained = statement ? await db.executeQuery(CompiledQuery.raw(`explain (analyze, costs off) ${statement.sql}`, [...statement.parameters])) : { rows: [] };
    const households = view!.units.flatMap((u) => u.households);
    figures.push({
      households: households.length,
      read: households.filter((h) => h.readAt).length,
      receipts,
      managed,
      plan: explained.rows.map((row) => String(Object.values(row as Record<string, unknown>)[0])).filter((l) => /Scan|Join|Loop|Execution Time/.test(l)),
    });
  }
  return figures;
}

const pair = (t: Timing) => `${t.median.toFixed(2).padStart(6)} / ${t.p95.toFixed(2).padStart(6)}`;

function report(label: string, [small, big]: SizeFigures[]): void {
  console.log(label);
  console.log(`  ${'action'.padEnd(34)} ${`${small.households} households: median / p95 ms`.padStart(34)}   ${`${big.households} households`.padStart(20)}   ratio`);
  console.log(`  ${'notices.receipts (read by all)'.padEnd(34)} ${pair(small.receipts).padStart(34)}   ${pair(big.receipts).padStart(20)}   ${(big.receipts.median / small.receipts.median).toFixed(1)}×`);
  console.log(`  ${'notices.managed (counters)'.padEnd(34)} ${pair(small.managed).padStart(34)}   ${pair(big.managed).padStart(20)}   ${(big.managed.median / small.managed.median).toFixed(1)}×`);
  console.log(`  read: ${small.read}/${small.households} and ${big.read}/${big.households}. The receipts view lists every household, so its answer is 10× longer at 500;`);
  console.log('  ARCHITECTURE.md names no figure for it (the nearest budget is for tallies, which notices.managed reads as counters).');
  console.log(`  EXPLAIN ANALYZE of the households-with-receipts query at ${big.households}:`);
  for (const line of big.plan) console.log(`    ${line.trim()}`);
}

/** Issue 6: the captain's read-receipt view for a building of 500 households against one of 50, a notice read by all. */
export async function noticeReceipts(): Promise<void> {
  heading(`notice receipts: a notice read by every household, building of 50 vs 500 (${CALLS} calls after ${WARM_UP})`);
  await onBenchDatabase(async (database, label) => report(label, await measure(database)));
}
