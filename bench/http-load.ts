import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { freeLoopbackPort } from '../server/db/embedded/free-port';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { SESSION_COOKIE, signSession } from '../server/runtime/session';
import { apiTarget, callApi, percentile, runClosedLoop, type ApiCall, type ApiTarget, type LoadResult } from '../scripts/load/http-client';
import { onBenchDatabase, stopBenchServer } from './each-database';
import { heading, verdict } from './format';

/**
 * The local server under load, as `npm start` runs it (one Node process on
 * PostgreSQL): signed-in residents open 首页 and the tabs and sign the civic
 * convention again, each sending the next call when the last one answered.
 * The load generator runs in this process, on the same machine: its CPU is
 * part of what is measured, as it would be for a load test on one box.
 */

const ROOT = path.resolve(__dirname, '..');
export const HOST = '127.0.0.1';
const GOAL = { requestsPerSecond: 2_000, p95Ms: 40 };
const MONTH_MS = 30 * 24 * 3_600_000;
const INBOX_MESSAGES_EACH = 10;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export interface HttpLoadOptions {
  /** Measured seconds (BENCH_HTTP_SECONDS, default 40). */
  seconds: number;
  /** Signed-in people calling at once (BENCH_HTTP_CLIENTS, default 32). */
  clients: number;
  /** Seconds before the measurement, not counted. */
  warmUpSeconds: number;
  /** Where the server writes a .cpuprofile (BENCH_HTTP_PROFILE); unset: not profiled. */
  profileDir?: string;
  /** Only these `module.action`s of the mix (BENCH_HTTP_ACTIONS, comma-separated), to see what one costs alone. */
  only?: string[];
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function httpLoadOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpLoadOptions {
  return {
    seconds: positive(env.BENCH_HTTP_SECONDS, 40),
    clients: Math.floor(positive(env.BENCH_HTTP_CLIENTS, 32)),
    warmUpSeconds: 5,
    profileDir: env.BENCH_HTTP_PROFILE ? path.resolve(env.BENCH_HTTP_PROFILE) : undefined,
    only: env.BENCH_HTTP_ACTIONS ? env.BENCH_HTTP_ACTIONS.split(',').map((a) => a.trim()) : undefined,
  };
}

// ---- the server, as a child process started the way scripts/start.mjs starts it

interface RunningServer {
  port: number;
  /** Unset only if the spawn gave none (it answered /api/health, so it runs). */
  pid?: number;
  stop(): Promise<void>;
}

/** The last lines the server printed, to say why it did not come up. */
function tail(child: ChildProcess): () => string {
  let out = '';
  const keep = (chunk: Buffer) => (out = (out + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => out.trim();
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://${HOST}:${port}/api/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(child: ChildProcess, port: number, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${output()}`);
    if (await healthy(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer /api/health within ${START_TIMEOUT_MS / 1000} s: ${output()}`);
}

/** SIGTERM lets the server finish its last request and close its pool (and write the CPU profile). */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await done;
  clearTimeout(timer);
}

export async function startServer(databaseUrl: string, sessionSecret: string, profileDir?: string): Promise<RunningServer> {
  const port = await freeLoopbackPort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-bench-http-'));
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/runtime/start-local.ts'], {
    cwd: ROOT,
    // Named statements as npm start uses them on its embedded server (a direct connection); DATABASE_PREPARED_STATEMENTS=off measures without.
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS ?? 'on', PORT: String(port), HOST, DATA_DIR: dataDir, SESSION_SECRET: sessionSecret, DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(child, port, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, pid: child.pid, stop };
}

// ---- the people: residents of the seeded county, each bound to a household

interface County {
  countyId: string;
  civicVersionId: string;
}

/** The county the server seeded at start, and the civic convention's current version. */
async function seededCounty(db: Kysely<DB>): Promise<County> {
  const county = await db.selectFrom('counties').select('id').executeTakeFirstOrThrow();
  const version = await db
    .selectFrom('conventionVersions as v')
    .innerJoin('conventions as c', 'c.id', 'v.conventionId')
    .select('v.id')
    .where('c.countyId', '=', county.id)
    .where('c.kind', '=', 'civic')
    .orderBy('v.version', 'desc')
    .executeTakeFirstOrThrow();
  return { countyId: county.id, civicVersionId: version.id };
}

/** Households nobody lives in yet, spread over the county (ids are random). */
async function freeHouseholds(db: Kysely<DB>, countyId: string, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('households as h')
    .select('h.id')
    .where('h.countyId', '=', countyId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('householdRequests as r').select('r.id').whereRef('r.householdId', '=', 'h.id').where('r.status', '=', 'approved'))),
    )
    .orderBy('h.id')
    .limit(count)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * `count` residents with month-old accounts, each bound (an approved request,
 * as the demo seed binds its people) to a household of their own while there
 * are free ones, with a few unread messages so the inbox reads return rows.
 */
async function addResidents(db: Kysely<DB>, countyId: string, count: number): Promise<string[]> {
  const createdAt = new Date(Date.now() - MONTH_MS);
  const people = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), openid: `bench-http:${i + 1}`, name: `压测居民${i + 1}` }));
  await db
    .insertInto('users')
    .values(people.map((p) => ({ id: p.id, countyId, openid: p.openid, name: p.name, createdAt, isMinor: false })))
    .execute();
  await db
    .insertInto('roleGrants')
    .values(people.map((p) => ({ id: randomUUID(), countyId, userId: p.id, role: 'resident' as const, scopeType: 'county' as const, scopeId: countyId, grantedBy: null })))
    .execute();
  const homes = await freeHouseholds(db, countyId, count);
  const bound = homes.map((householdId, i) => ({ householdId, userId: people[i].id }));
  if (bound.length > 0) {
    await db
      .insertInto('householdRequests')
      .values(bound.map((b) => ({ id: randomUUID(), countyId, ...b, relation: 'owner' as const, status: 'approved' as const, requestedAt: createdAt, decidedAt: createdAt, decidedRole: 'captain' })))
      .execute();
  }
  const messages = people.flatMap((p) =>
    Array.from({ length: INBOX_MESSAGES_EACH }, (_, k) => ({
      id: randomUUID(),
      countyId,
      userId: p.id,
      kind: 'bench',
      title: `第${k + 1}条通知`,
      body: '这是一条压测用的站内消息。',
      link: null,
      sourceKey: `bench-http:${k}`,
      createdAt: new Date(createdAt.getTime() + k * 3_600_000),
    })),
  );
  await db.insertInto('inboxMessages').values(messages).execute();
  return people.map((p) => p.openid);
}

// ---- the mix: what 首页 and the tab pages read, and two writes that change nothing the second time

interface MixEntry {
  module: string;
  action: string;
  input: unknown;
  weight: number;
}

/** Reads are 80 of every 100 calls; 首页's three reads (summary, todo, unread badge) the most. */
function requestMix(civicVersionId: string): MixEntry[] {
  return [
    { module: 'campaign', action: 'summary', input: {}, weight: 12 },
    { module: 'campaign', action: 'todo', input: {}, weight: 12 },
    { module: 'inbox', action: 'unreadCount', input: {}, weight: 14 },
    { module: 'inbox', action: 'list', input: {}, weight: 6 },
    { module: 'conventions', action: 'list', input: {}, weight: 8 },
    { module: 'identity', action: 'me', input: {}, weight: 10 },
    { module: 'activities', action: 'list', input: { filter: 'open' }, weight: 6 },
    { module: 'notices', action: 'forMe', input: { archived: false }, weight: 6 },
    { module: 'reports', action: 'mine', input: {}, weight: 6 },
    // After each person's first call: alreadySigned, nothing written.
    { module: 'conventions', action: 'sign', input: { versionId: civicVersionId }, weight: 10 },
    { module: 'inbox', action: 'markAllRead', input: {}, weight: 10 },
  ];
}

const nameOf = (e: MixEntry) => `${e.module}.${e.action}`;

/**
 * Smooth weighted round robin: one cycle of sum(weights) entries in which each
 * entry comes up `weight` times, spread out rather than bunched, so every
 * stretch of a run has the same mix.
 */
function weightedCycle(entries: MixEntry[]): MixEntry[] {
  const total = entries.reduce((sum, e) => sum + e.weight, 0);
  const current = entries.map(() => 0);
  const cycle: MixEntry[] = [];
  for (let n = 0; n < total; n++) {
    entries.forEach((e, i) => (current[i] += e.weight));
    const pick = current.indexOf(Math.max(...current));
    current[pick] -= total;
    cycle.push(entries[pick]);
  }
  return cycle;
}

function callFor(entry: MixEntry, cookie: string): ApiCall {
  return { name: nameOf(entry), path: `/api/${entry.module}`, body: { action: entry.action, input: entry.input }, headers: { cookie } };
}

const cookieFor = (openid: string, secret: string) => `${SESSION_COOKIE}=${encodeURIComponent(signSession(openid, secret))}`;

/** Each action once as a plain resident: one that does not answer ok is left out of the mix, and said so. */
async function checkedMix(target: ApiTarget, mix: MixEntry[], cookie: string): Promise<MixEntry[]> {
  const kept: MixEntry[] = [];
  for (const entry of mix) {
    const outcome = await callApi(target, callFor(entry, cookie));
    if (outcome.ok) kept.push(entry);
    else console.log(`  left out ${nameOf(entry)}: ${outcome.code} ${outcome.message ?? ''}`);
  }
  if (kept.length === 0) throw new Error('no action of the mix answers ok');
  return kept;
}

// ---- the figures

interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

function summarise(latencies: number[]): Summary {
  // A typed array sorts numerically, and fast for the ~100k latencies of a run.
  const sorted = Float64Array.from(latencies).sort();
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const ms = (v: number) => v.toFixed(1).padStart(7);

function row(label: string, s: Summary, seconds: number): string {
  return `  ${label.padEnd(26)} ${String(s.count).padStart(8)} ${(s.count / seconds).toFixed(0).padStart(7)}  ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)}`;
}

function report(result: LoadResult, mix: MixEntry[], label: string): void {
  const seconds = result.measuredMs / 1000;
  const all = summarise([...result.latencies.values()].flat());
  const errorCount = [...result.errors.values()].reduce((a, b) => a + b, 0);
  console.log(label);
  console.log(`  ${'action'.padEnd(26)} ${'calls'.padStart(8)} ${'req/s'.padStart(7)}  ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
  console.log(row('all', all, seconds));
  for (const entry of mix) {
    const latencies = result.latencies.get(nameOf(entry));
    if (latencies) console.log(row(`${nameOf(entry)} (${entry.weight})`, summarise(latencies), seconds));
  }
  const byCode = [...result.errors.entries()].map(([code, n]) => `${code}×${n}`).join(', ');
  console.log(`  errors: ${errorCount === 0 ? 'none' : `${errorCount} (${byCode})`}`);
  for (const line of result.messages) console.log(`    ${line}`);
  const throughput = all.count / seconds;
  const ok = throughput >= GOAL.requestsPerSecond && all.p95 <= GOAL.p95Ms && errorCount === 0;
  console.log(
    `  ${throughput.toFixed(0)} req/s with p95 ${all.p95.toFixed(1)} ms (goal ≥ ${GOAL.requestsPerSecond} req/s with p95 ≤ ${GOAL.p95Ms} ms, no errors)  ${verdict(ok)}`,
  );
}

// ---- who used the CPUs (Linux /proc; left out elsewhere): a server process pinned at one core is
// the limit whatever the database does, and anything else busy on the machine skews the figures

/** /proc counts CPU time in clock ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used; undefined when it (or /proc) is not there. */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // utime and stime are fields 14 and 15: the 12th and 13th after the parenthesised command name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds of the PostgreSQL backends serving `database`, by pid (their title names the database). */
function backendCpuSeconds(database: string): Map<number, number> {
  const seconds = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return seconds;
  }
  for (const pid of pids) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
      const cpu = processCpuSeconds(Number(pid));
      if (cpu !== undefined) seconds.set(Number(pid), cpu);
    } catch {
      // The process ended while we looked.
    }
  }
  return seconds;
}

/** CPU seconds the whole machine spent working (all but idle and I/O wait); undefined without /proc/stat. */
function machineBusySeconds(): number | undefined {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

interface CpuSnapshot {
  at: number;
  generator: NodeJS.CpuUsage;
  server?: number;
  backends: Map<number, number>;
  machine?: number;
}

function cpuSnapshot(serverPid: number | undefined, database: string): CpuSnapshot {
  return { at: Date.now(), generator: process.cpuUsage(), server: processCpuSeconds(serverPid), backends: backendCpuSeconds(database), machine: machineBusySeconds() };
}

/** Each part's share of one core since `before`; "everything else" is the machine's other work (PostgreSQL's own background processes included). */
function cpuShares(before: CpuSnapshot, serverPid: number | undefined, database: string): string {
  const wall = (Date.now() - before.at) / 1000;
  const share = (seconds: number) => `${((seconds / wall) * 100).toFixed(0)}%`;
  const used = process.cpuUsage(before.generator);
  const generator = (used.user + used.system) / 1e6;
  const serverNow = processCpuSeconds(serverPid);
  const server = before.server !== undefined && serverNow !== undefined ? serverNow - before.server : undefined;
  // Backends the pool opened during the run count from zero.
  const backends = [...backendCpuSeconds(database)].reduce((sum, [pid, cpu]) => sum + cpu - (before.backends.get(pid) ?? 0), 0);
  const machineNow = machineBusySeconds();
  const parts = [`load generator ${share(generator)}`];
  if (server === undefined || before.machine === undefined || machineNow === undefined) return `CPU over the run (100% = one core): ${parts.join(', ')}`;
  const machine = machineNow - before.machine;
  parts.unshift(`server process ${share(server)}`, `its PostgreSQL backends ${share(backends)}`);
  parts.push(`everything else ${share(machine - server - backends - generator)}`, `machine ${share(machine)} of ${os.cpus().length * 100}%`);
  return `CPU over the run (100% = one core): ${parts.join(', ')}`;
}

// ---- the section

interface Prepared {
  mix: MixEntry[];
  cookies: string[];
}

/** The people (one per client) and the mix, each action tried once by the first of them. */
async function prepare(db: Kysely<DB>, target: ApiTarget, secret: string, options: HttpLoadOptions): Promise<Prepared> {
  const county = await seededCounty(db);
  const cookies = (await addResidents(db, county.countyId, options.clients)).map((openid) => cookieFor(openid, secret));
  // Planner statistics now, as a settled database has them: autovacuum's first ANALYZE must not change plans mid-run.
  await sql`analyze`.execute(db);
  const wanted = requestMix(county.civicVersionId).filter((e) => !options.only || options.only.includes(nameOf(e)));
  if (wanted.length === 0) throw new Error(`no action of the mix is named ${options.only?.join(', ')}`);
  return { mix: await checkedMix(target, wanted, cookies[0]), cookies };
}

function load(target: ApiTarget, { mix, cookies }: Prepared, options: HttpLoadOptions): Promise<LoadResult> {
  const cycle = weightedCycle(mix);
  // Each client starts at its own place in the cycle, so the clients do not all call the same action at once.
  const offset = Math.max(1, Math.floor(cycle.length / options.clients));
  return runClosedLoop(target, {
    clients: options.clients,
    warmUpMs: options.warmUpSeconds * 1000,
    measureMs: options.seconds * 1000,
    next: (client, n) => callFor(cycle[(n + client * offset) % cycle.length], cookies[client]),
  });
}

async function measure(db: Kysely<DB>, url: string, label: string, options: HttpLoadOptions): Promise<void> {
  // The server never migrates (a deploy step does); it seeds 青禾县 itself when the database has no county.
  await migrateToLatest(db);
  const secret = randomBytes(32).toString('hex');
  const server = await startServer(url, secret, options.profileDir);
  const target = apiTarget(HOST, server.port, options.clients);
  try {
    const prepared = await prepare(db, target, secret, options);
    const database = new URL(url).pathname.slice(1);
    const cpuBefore = cpuSnapshot(server.pid, database);
    const result = await load(target, prepared, options);
    const shares = cpuShares(cpuBefore, server.pid, database);
    const named = (process.env.DATABASE_PREPARED_STATEMENTS ?? 'on') === 'on' ? 'named statements on' : 'no named statements';
    report(result, prepared.mix, `${label}, ${named}; ${os.cpus().length} CPUs shared by the server, PostgreSQL and the load generator`);
    console.log(`  ${shares}`);
  } finally {
    target.agent.destroy();
    await server.stop();
  }
  if (options.profileDir) console.log(`  server CPU profile written to ${options.profileDir}`);
}

export async function httpLoad(options: HttpLoadOptions = httpLoadOptionsFromEnv()): Promise<void> {
  heading(
    `http load: ${options.clients} signed-in residents at once against the local server (npm start's process), ${options.seconds} s after ${options.warmUpSeconds} s warm-up (goal ≥ ${GOAL.requestsPerSecond} req/s, p95 ≤ ${GOAL.p95Ms} ms)`,
  );
  await onBenchDatabase((database, label, url) => measure(database.db, url, label, options));
}

if (require.main === module) {
  httpLoad()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => stopBenchServer());
}
