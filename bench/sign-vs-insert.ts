import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { systemClock } from '../server/core/clock';
import { localWordFilter } from '../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../server/core/files/memory-file-store';
import { newId } from '../server/core/ids';
import type { Database } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { seedDemoCounty } from '../server/db/seed/demo-county';
import { conventionsModule } from '../server/modules/conventions/handlers';
import { dispatch } from '../server/runtime/dispatch';
import type { Runtime } from '../server/runtime/runtime';
import { onBenchDatabase } from './each-database';
import { heading } from './format';
import { statementCounter } from './measure';

const WARM_UP = 50;

export async function addUsers(db: Kysely<DB>, countyId: string, openids: string[]): Promise<void> {
  for (let i = 0; i < openids.length; i += 500) {
    const chunk = openids.slice(i, i + 500);
    await db.insertInto('users').values(chunk.map((openid, j) => ({ id: newId(), countyId, openid, name: `居民${i + j}` }))).execute();
  }
}

/** Operations per second of `op(i)` for i in [from, to), one after another (one client). */
async function opsPerSecond(from: number, to: number, op: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  for (let i = from; i < to; i++) await op(i);
  return ((to - from) * 1000) / (performance.now() - started);
}

interface Figures {
  sign: number;
  insert: number;
  statementsPerSign: number;
}

/**
 * N distinct people each sign the civic convention through the whole API path
 * (dispatch: caller lookup, schema, one transaction with the use case), then N
 * bare autocommit INSERTs of one row, on the same database and connection.
 */
async function measure(database: Database, n: number): Promise<Figures> {
  const { db } = database;
  await migrateToLatest(db);
  const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
  const openids = Array.from({ length: WARM_UP + n }, (_, i) => `bench-${county.countyId}-${i}`);
  await addUsers(db, county.countyId, openids);
  const counter = statementCounter();
  const runtime: Runtime = { db: db.withPlugin(counter), clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
  const event = { action: 'sign', input: { versionId: county.versions.civic } };
  let failed = 0;
  const sign = async (i: number) => {
    const result = await dispatch(runtime, conventionsModule, event, { openid: openids[i] });
    if (!result.ok) failed += 1;
  };
  await opsPerSecond(0, WARM_UP, sign);
  counter.count = 0;
  const signRate = await opsPerSecond(WARM_UP, WARM_UP + n, sign);
  const statementsPerSign = counter.count / n;
  if (failed) throw new Error(`${failed} sign calls failed`);

  await sql`create table bench_t (id integer primary key, n integer not null)`.execute(db);
  const insert = async (i: number) => {
    await sql`insert into bench_t (id, n) values (${i}, ${i})`.execute(db);
  };
  await opsPerSecond(-WARM_UP, 0, insert);
  const insertRate = await opsPerSecond(0, n, insert);
  return { sign: signRate, insert: insertRate, statementsPerSign };
}

function report(label: string, f: Figures): void {
  const ratio = f.insert / f.sign;
  const rate = (x: number) => `${x.toFixed(0)} ops/s`.padStart(12);
  console.log(`${label}`);
  console.log(`  sign via dispatch      ${rate(f.sign)}   (${f.statementsPerSign.toFixed(1)} statements + BEGIN/COMMIT each)`);
  console.log(`  bare INSERT            ${rate(f.insert)}`);
  console.log(`  API path costs ${ratio.toFixed(1)}× a bare INSERT (one client: reported beside its round trips; the budget is at 16 clients, in hot writes)`);
}

export async function signVsInsert(n: number): Promise<void> {
  heading(`sign a convention vs a bare INSERT (N=${n}, one client, sequential)`);
  await onBenchDatabase(async (database, label) => report(label, await measure(database, n)));
}
