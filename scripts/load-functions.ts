import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/connect';
import { withDatabase } from '../server/db/database-url';
import { startEmbeddedPostgres } from '../server/db/embedded/embedded-postgres';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemoCounty } from '../server/db/seed/demo-county';
import { buildFunctions } from '../server/runtime/build/bundle-functions';
import { startPgBouncer } from '../test/support/pgbouncer';

/**
 * `npm run load:functions`: the connection budget, tried. Twenty cloud
 * function instances (the built bundles, each in its own process, called the
 * way the platform calls them) work for a while through PgBouncer in
 * transaction mode against a PostgreSQL with max_connections = 30. Every
 * connection error is counted; with `--direct` the same load goes straight to
 * PostgreSQL, where 20 instances × their pools outnumber its 30 connections.
 * Exits non-zero when any call failed.
 */
interface Options {
  instances: number;
  seconds: number;
  maxConnections: number;
  poolerSize: number;
  direct: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  return { instances: value('instances', 20), seconds: value('seconds', 20), maxConnections: value('max-connections', 30), poolerSize: value('pool', 20), direct: argv.includes('--direct') };
}

interface WorkerOutcome {
  calls: number;
  ok: number;
  errors: Record<string, number>;
  messages: Record<string, true>;
  logged: string[];
}

/** The functions a resident's phone calls most (scripts/load/function-worker.cjs says which actions). */
const FUNCTIONS = ['campaign', 'inbox', 'conventions', 'identity', 'activities'];

function runInstance(functionsDir: string, id: number, seconds: number, versionId: string, env: NodeJS.ProcessEnv): Promise<WorkerOutcome> {
  const fn = FUNCTIONS[id % FUNCTIONS.length];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'load/function-worker.cjs'), functionsDir, fn, String(id), String(seconds), versionId], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        const outcome = JSON.parse(out.trim().split('\n').pop() ?? '') as WorkerOutcome;
        outcome.logged = [...new Set(err.split('\n').filter((l) => /error|refused|too many|timeout/i.test(l)))].slice(0, 5);
        resolve(outcome);
      } catch {
        reject(new Error(`instance ${id} (${fn}) ended with ${code} without its report; stdout: ${out.slice(-500)}; stderr: ${err.slice(-2000)}`));
      }
    });
  });
}

async function main() {
  const o = options(process.argv.slice(2));
  const functionsDir = mkdtempSync(path.join(os.tmpdir(), 'civic-load-functions-'));
  const pgDir = mkdtempSync(path.join(os.tmpdir(), 'civic-load-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: pgDir, maxConnections: o.maxConnections });
  let pooler: Awaited<ReturnType<typeof startPgBouncer>> | undefined;
  try {
    const url = server.url();
    const admin = await openDatabase({ url, maxConnections: 1 });
    let countyId: string;
    let versionId: string;
    try {
      await migrateToLatest(admin.db);
      const county = await seedDemoCounty(admin.db, { openidPrefix: 'load-seed:' });
      countyId = county.countyId;
      versionId = county.versions.civic;
    } finally {
      await admin.close();
    }
    symlinkSync(path.resolve(__dirname, '../node_modules'), path.join(functionsDir, 'node_modules'), 'dir');
    await buildFunctions({ outDir: functionsDir });

    if (!o.direct) pooler = await startPgBouncer(url, { poolSize: o.poolerSize });
    const functionUrl = pooler ? pooler.url('civic') : url;
    const env = { ...process.env, DATABASE_URL: functionUrl, COUNTY_ID: countyId, WX_APPID: 'wx0000000000000000' };

    // The server's busiest moment, sampled straight on PostgreSQL while the load runs.
    const watcher = await openDatabase({ url: withDatabase(url, 'postgres'), maxConnections: 1 });
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where backend_type = 'client backend'`.execute(watcher.db);
        peak = Math.max(peak, rows[0].n);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const started = Date.now();
    let outcomes: WorkerOutcome[];
    try {
      outcomes = await Promise.all(Array.from({ length: o.instances }, (_, i) => runInstance(functionsDir, i, o.seconds, versionId, env)));
    } finally {
      sampling = false;
      await sampler.catch(() => undefined);
      await watcher.close();
    }
    const elapsed = (Date.now() - started) / 1000;

    const calls = outcomes.reduce((n, w) => n + w.calls, 0);
    const ok = outcomes.reduce((n, w) => n + w.ok, 0);
    const errors: Record<string, number> = {};
    for (const w of outcomes) for (const [code, k] of Object.entries(w.errors)) errors[code] = (errors[code] ?? 0) + k;
    const how = pooler ? `through PgBouncer (transaction mode, pool ${o.poolerSize})` : 'straight to PostgreSQL (no pooler)';
    console.log(`${o.instances} function instances × pool ${process.env.DATABASE_POOL_SIZE ?? 2} ${how}, PostgreSQL max_connections = ${o.maxConnections}, ${o.seconds} s`);
    console.log(`  ${calls} calls, ${ok} ok, ${(calls / elapsed).toFixed(0)} calls/s; peak server connections ${peak} of ${o.maxConnections}`);
    const failed = calls - ok;
    if (failed > 0) {
      console.log(`  ${failed} failed: ${Object.entries(errors).map(([c, k]) => `${c}×${k}`).join(', ')}`);
      for (const line of [...new Set(outcomes.flatMap((w) => [...Object.keys(w.messages), ...w.logged]))].slice(0, 8)) console.log(`    ${line}`);
      process.exitCode = 1;
    } else {
      console.log('  no connection errors, no failed calls');
    }
  } finally {
    await pooler?.stop();
    await server.stop();
    rmSync(functionsDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
