import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createQueryId, PostgresQueryCompiler, sql, type Kysely, type RootOperationNode } from 'kysely';
import { openDatabase, type Database } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { seedDemoCounty, type SeededCounty } from '../server/db/seed/demo-county';
import type { ActivityView } from '../server/modules/activities/contracts';
import { activitiesModule } from '../server/modules/activities/handlers';
import { dispatch } from '../server/runtime/dispatch';
import type { Runtime } from '../server/runtime/runtime';
import { onBenchDatabase } from './each-database';
import { runtimeOn, statementProfiler, timeEach, type Timing } from './measure';
import { heading, median } from './format';

const WARM_UP = 50;
/** Issue 5: 500 simultaneous sign-ups for 50 places → exactly 50 confirmed, the rest waitlisted in arrival order, nobody twice. */
const BURST = 500;
const SEATS = 50;
/** The burst's pool on PostgreSQL: several connections, so that the sign-ups really race for the activity's row. */
const BURST_CONNECTIONS = 10;
const HOUR_MS = 3_600_000;

/** One action through dispatch; a refusal stops the measurement (the figures would be of the error path). */
async function call<T>(runtime: Runtime, openid: string, action: string, input: unknown): Promise<T> {
  const result = await dispatch(runtime, activitiesModule, { action, input }, { openid });
  if (!result.ok) throw new Error(`activities.${action}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/** A team activity of the demo team tomorrow, through activities.create as its leader; any registered volunteer may sign up. */
export async function createActivity(runtime: Runtime, county: SeededCounty, capacity: number, title: string): Promise<string> {
  const startsAt = Date.now() + 24 * HOUR_MS;
  const activity = await call<ActivityView>(runtime, county.people.team_lead.openid, 'create', {
    organiser: { kind: 'team', teamId: county.teamId },
    title,
    description: '清理楼道小广告、捡拾绿化带垃圾。手套和夹子由队里准备。',
    placeName: '幸福里社区广场',
    lat: 34.8226,
    lng: 114.8107,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 2 * HOUR_MS).toISOString(),
    signupDeadline: new Date(startsAt - 12 * HOUR_MS).toISOString(),
    capacity,
    audience: 'volunteers',
    pointsPerHour: 10,
    requireNearby: false,
  });
  return activity.id;
}

/**
 * Registered volunteers of the county, straight into the tables (the
 * volunteers module owns registration): users with openid prefix‖g, resident
 * and volunteer grants, a volunteer profile each.
 */
export async function addVolunteers(db: Kysely<DB>, county: SeededCounty, prefix: string, howMany: number): Promise<void> {
  const { countyId } = county;
  const communityId = county.communities['和平社区'];
  await sql`
    insert into users (id, county_id, openid, name, created_at)
    select md5(${prefix}::text || g)::uuid, ${countyId}, ${prefix}::text || g, '志愿者' || g, now() - interval '30 days'
    from generate_series(0, ${howMany - 1}::int) g`.execute(db);
  await sql`
    insert into role_grants (id, county_id, user_id, role, scope_type, scope_id)
    select gen_random_uuid(), ${countyId}, md5(${prefix}::text || g)::uuid, r.role, 'county', ${countyId}
    from generate_series(0, ${howMany - 1}::int) g, (values ('resident'), ('volunteer')) r(role)`.execute(db);
  await sql`
    insert into volunteer_profiles (user_id, county_id, real_name, phone, skills, community_id, registered_at, updated_at)
    select md5(${prefix}::text || g)::uuid, ${countyId}, '志愿者' || g || '号', '139' || lpad(g::text, 8, '0'), '[]', ${communityId}, now(), now()
    from generate_series(0, ${howMany - 1}::int) g`.execute(db);
}

/** One kind of statement of the sign-up: its SQL's verb and table, how many a sign-up sends, their median time. */
interface StatementShare {
  label: string;
  perCall: number;
  medianMs: number;
  totalMs: number;
}

function labelOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const verb = /^\w+/.exec(flat)?.[0].toLowerCase() ?? '?';
  // Kysely quotes the tables it builds; raw subqueries (a count, the caller's roles) do not.
  const table = (/\b(?:from|into|update)\s+"(\w+)"/i.exec(flat) ?? /\b(?:from|into|update)\s+(\w+)/i.exec(flat))?.[1] ?? '?';
  return `${verb} ${table}${/\bfor update\b/i.test(flat) ? ' for update' : ''}`;
}

/** The profile of the timed calls, by statement text (two statements on one table stay apart). */
function shares(seen: { node: RootOperationNode; ms: number }[], calls: number): StatementShare[] {
  const compiler = new PostgresQueryCompiler();
  const byText = new Map<string, number[]>();
  for (const s of seen) {
    const text = compiler.compileQuery(s.node, createQueryId()).sql;
    byText.set(text, [...(byText.get(text) ?? []), s.ms]);
  }
  return [...byText.entries()]
    .map(([text, ms]) => ({ label: labelOf(text), perCall: ms.length / calls, medianMs: median(ms), totalMs: ms.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

interface PathFigures {
  n: number;
  signUp: Timing;
  insert: Timing;
  /** The same INSERT between BEGIN and COMMIT. */
  inTransaction: Timing;
  statementsPerSignUp: number;
  statements: StatementShare[];
  /** Seats taken on the measured activity: every call took one. */
  seated: number;
}

/**
 * N distinct registered volunteers each sign up through the whole API path
 * for one activity of N places (every call takes a seat; a warm-up activity
 * takes the first calls); then N bare autocommit INSERTs of one row, on the
 * same database and connection, and N more each in a transaction of its own.
 */
async function measurePath(db: Kysely<DB>, county: SeededCounty, n: number): Promise<PathFigures> {
  const prefix = `bench-signup-${randomUUID()}:`;
  await addVolunteers(db, county, prefix, WARM_UP + n);
  const plain = runtimeOn(db);
  const warmUpActivity = await createActivity(plain, county, WARM_UP, '热身：楼道清洁行动');
  const activityId = await createActivity(plain, county, n, '幸福里环境清洁行动');
  const profiler = statementProfiler();
  const runtime = runtimeOn(db.withPlugin(profiler));
  const signUp = (activity: string) => (i: number) => call<ActivityView>(runtime, `${prefix}${i}`, 'signUp', { activityId: activity });
  await timeEach(0, WARM_UP, signUp(warmUpActivity));
  profiler.on = true;
  const signUpTiming = await timeEach(WARM_UP, WARM_UP + n, signUp(activityId));
  profiler.on = false;
  const seated = (await db.selectFrom('activitySignups').select(sql<number>`count(*)::int`.as('n')).where('activityId', '=', activityId).where('status', '=', 'confirmed').executeTakeFirstOrThrow()).n;

  await sql`create table bench_t (id integer primary key, n integer not null)`.execute(db);
  const insert = async (i: number) => {
    await sql`insert into bench_t (id, n) values (${i}, ${i})`.execute(db);
  };
  await timeEach(-WARM_UP, 0, insert);
  const insertTiming = await timeEach(0, n, insert);
  // The floor of any path that wraps its statements in a transaction, as dispatch does.
  const inTransaction = (i: number) => db.transaction().execute((trx) => sql`insert into bench_t (id, n) values (${i}, ${i})`.execute(trx));
  await timeEach(n, n + WARM_UP, inTransaction);
  const transactionTiming = await timeEach(n + WARM_UP, 2 * n + WARM_UP, inTransaction);
  return {
    n,
    signUp: signUpTiming,
    insert: insertTiming,
    inTransaction: transactionTiming,
    statementsPerSignUp: profiler.seen.length / n,
    statements: shares(profiler.seen, n),
    seated,
  };
}

interface BurstFigures {
  connections: number;
  settleMs: number;
  /** Each call's time from the burst's start to its answer. */
  callMedianMs: number;
  callMaxMs: number;
  confirmed: number;
  waitlisted: number;
  overbooked: number;
  /** Sign-up rows beyond one per person. */
  duplicates: number;
  /** Error code → calls that got it. */
  errors: Map<string, number>;
  /** The seats went to seq 1..50 and the answers' waitlist positions are 1..450, each once. */
  arrivalOrder: boolean;
  /** The activity's confirmed and waitlist counters equal its sign-up rows. */
  countersMatch: boolean;
}

/**
 * BURST distinct registered volunteers call activities.signUp at the same
 * moment for one activity of SEATS places, on `db` (PGlite: its one
 * connection, handed out a transaction at a time; PostgreSQL: a pool of
 * several). A warm-up burst on another activity opens the pool's
 * connections first. Then the rows are counted.
 */
async function measureBurst(db: Kysely<DB>, county: SeededCounty, connections: number): Promise<BurstFigures> {
  const prefix = `bench-burst-${randomUUID()}:`;
  await addVolunteers(db, county, prefix, BURST);
  const runtime = runtimeOn(db);
  const warmUpActivity = await createActivity(runtime, county, 5, '热身：楼道清洁行动');
  const activityId = await createActivity(runtime, county, SEATS, '500人抢50个名额');
  await Promise.all(Array.from({ length: WARM_UP }, (_, i) => dispatch(runtime, activitiesModule, { action: 'signUp', input: { activityId: warmUpActivity } }, { openid: `${prefix}${i}` })));

  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const envelope = await dispatch(runtime, activitiesModule, { action: 'signUp', input: { activityId } }, { openid: `${prefix}${i}` });
      return { envelope, ms: performance.now() - started };
    }),
  );
  const settleMs = performance.now() - started;

  const errors = new Map<string, number>();
  const positions: number[] = [];
  for (const { envelope } of answers) {
    if (!envelope.ok) errors.set(envelope.error.code, (errors.get(envelope.error.code) ?? 0) + 1);
    else {
      const position = (envelope.data as ActivityView).me?.waitlistPosition;
      if (position != null) positions.push(position);
    }
  }
  const rows = await sql<{ confirmed: number; waitlisted: number; rows: number; people: number; maxConfirmedSeq: number | null; minWaitlistedSeq: number | null }>`
    select count(*) filter (where status = 'confirmed')::int as confirmed,
      count(*) filter (where status = 'waitlisted')::int as waitlisted,
      count(*)::int as rows,
      count(distinct user_id)::int as people,
      max(seq) filter (where status = 'confirmed') as "maxConfirmedSeq",
      min(seq) filter (where status = 'waitlisted') as "minWaitlistedSeq"
    from activity_signups where activity_id = ${activityId}`.execute(db);
  const r = rows.rows[0];
  const counters = await db.selectFrom('activities').select(['confirmedCount', 'waitlistCount', 'capacity']).where('id', '=', activityId).executeTakeFirstOrThrow();
  const sortedPositions = [...positions].sort((a, b) => a - b);
  const arrivalOrder =
    r.maxConfirmedSeq === r.confirmed &&
    (r.waitlisted === 0 || r.minWaitlistedSeq === r.confirmed + 1) &&
    sortedPositions.length === r.waitlisted &&
    sortedPositions.every((p, i) => p === i + 1);
  const callMs = answers.map((a) => a.ms);
  return {
    connections,
    settleMs,
    callMedianMs: median(callMs),
    callMaxMs: Math.max(...callMs),
    confirmed: r.confirmed,
    waitlisted: r.waitlisted,
    overbooked: r.confirmed - counters.capacity,
    duplicates: r.rows - r.people,
    errors,
    arrivalOrder,
    countersMatch: counters.confirmedCount === r.confirmed && counters.waitlistCount === r.waitlisted,
  };
}

interface Figures {
  path: PathFigures;
  burst: BurstFigures;
}

async function measure(database: Database, url: string, n: number): Promise<Figures> {
  const { db } = database;
  await migrateToLatest(db);
  const county = await seedDemoCounty(db, { openidPrefix: `bench-${randomUUID()}:` });
  const path = await measurePath(db, county, n);
  // The section's own database, once more, through a pool of several connections.
  const pool = await openDatabase({ url, maxConnections: BURST_CONNECTIONS });
  try {
    return { path, burst: await measureBurst(pool.db, county, BURST_CONNECTIONS) };
  } finally {
    await pool.close();
  }
}

const count = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(9);
const pair = (t: Timing) => `${t.median.toFixed(2).padStart(6)} / ${t.p95.toFixed(2).padStart(6)}`;
const seconds = (t: Timing) => `${(t.totalMs / 1000).toFixed(1).padStart(6)} s`;

function report(label: string, f: Figures): void {
  const { path: p, burst: b } = f;
  const ratio = p.signUp.totalMs / p.insert.totalMs;
  console.log(label);
  console.log(`  ${'N=' + count(p.n)}${' '.repeat(26)}median / p95 ms      total`);
  console.log(`  activities.signUp via dispatch  ${pair(p.signUp)}   ${seconds(p.signUp)}   (${p.statementsPerSignUp.toFixed(1)} statements + BEGIN/COMMIT each; ${count(p.seated)} of ${count(p.n)} seated)`);
  console.log(`  bare INSERT                     ${pair(p.insert)}   ${seconds(p.insert)}`);
  console.log(`  BEGIN; that INSERT; COMMIT      ${pair(p.inTransaction)}   ${seconds(p.inTransaction)}`);
  console.log(`  API path costs ${ratio.toFixed(1)}× a bare INSERT (median ${(p.signUp.median / p.insert.median).toFixed(1)}×; one client: reported, the budget is at 16 clients, in hot writes)`);
  console.log(`  and ${(p.signUp.totalMs / p.inTransaction.totalMs).toFixed(1)}× BEGIN; INSERT; COMMIT (median ${(p.signUp.median / p.inTransaction.median).toFixed(1)}×)`);
  const inStatements = p.statements.reduce((a, s) => a + s.totalMs, 0) / p.n;
  const perCall = p.signUp.totalMs / p.n;
  console.log(`  where a sign-up's ${perCall.toFixed(2)} ms (mean) go: ${inStatements.toFixed(2)} ms in its statements, ${(perCall - inStatements).toFixed(2)} ms in BEGIN/COMMIT, dispatch and JS:`);
  for (const s of p.statements) {
    console.log(`    ${s.label.padEnd(34)} ×${s.perCall.toFixed(1)}  median ${ms(s.medianMs)}  ${((s.totalMs / p.n / perCall) * 100).toFixed(0).padStart(3)}%`);
  }
  const errors = b.errors.size ? [...b.errors.entries()].map(([code, k]) => `${code}×${k}`).join(', ') : 'none';
  const ok = b.confirmed === SEATS && b.waitlisted === BURST - SEATS && b.overbooked === 0 && b.duplicates === 0 && b.errors.size === 0 && b.arrivalOrder && b.countersMatch;
  const how = b.connections === 1 ? 'one connection' : `a pool of ${b.connections} connections`;
  console.log(`  burst: ${BURST} volunteers at once for ${SEATS} places (${how}): settled in ${b.settleMs.toFixed(0)} ms (a call's answer: median ${b.callMedianMs.toFixed(0)} ms, last ${b.callMaxMs.toFixed(0)} ms)`);
  console.log(
    `    confirmed ${b.confirmed}, waitlisted ${b.waitlisted}, overbooked ${b.overbooked}, duplicates ${b.duplicates}, errors ${errors}; ` +
      `in arrival order: ${b.arrivalOrder ? 'yes' : 'NO'}; counters equal rows: ${b.countersMatch ? 'yes' : 'NO'}  ${ok ? 'OK' : 'WRONG'}`,
  );
}

/**
 * 志愿活动报名: a sign-up through the API path (dispatch: caller, schema, one
 * transaction with the use case) against a bare INSERT, N=BENCH_N; and 500
 * volunteers signing up at once for 50 places.
 */
export async function signupPath(n: number): Promise<void> {
  heading(`sign-up path: activities.signUp vs a bare INSERT (N=${n}, one client), and ${BURST} volunteers at once for ${SEATS} places`);
  await onBenchDatabase(async (database, label, url) => report(label, await measure(database, url, n)));
}
