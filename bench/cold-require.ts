import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { migrateToLatest } from '../server/db/migrate';
import { seedDemoCounty } from '../server/db/seed/demo-county';
import { onBenchDatabase } from './each-database';
import { heading, median, verdict } from './format';

const BUDGET_MS = 150;
const RUNS = 3;

/** Milliseconds for `require(target)` in a fresh Node, after `preload` (if any) is already loaded. */
function requireMs(root: string, target: string, preload?: string): number {
  const pre = preload ? `require(${JSON.stringify(preload)});` : '';
  const script = `${pre}const t=process.hrtime.bigint();require(${JSON.stringify(target)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (run.status !== 0) throw new Error(`require ${target} failed: ${run.stderr.trim().split('\n')[0]}`);
  return Number(run.stdout.trim());
}

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(7);

/**
 * Cold `require` of each built function in its own Node process, the median of
 * a few runs. The function's own share (with wx-server-sdk already loaded) is
 * printed beside it, because the SDK is most of the figure.
 */
export function coldRequire(root: string): void {
  heading(`cloud function cold require (budget ${BUDGET_MS} ms, median of ${RUNS})`);
  const dir = path.join(root, 'cloudfunctions');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'index.js'))).sort() : [];
  if (names.length === 0) {
    console.log('cloudfunctions/ not built: run `npm run build:functions` first. Skipped.');
    return;
  }
  const sdk = median(Array.from({ length: RUNS }, () => requireMs(root, 'wx-server-sdk')));
  console.log(`${'wx-server-sdk alone'.padEnd(24)} ${ms(sdk)}`);
  for (const name of names) {
    const target = `./cloudfunctions/${name}/index.js`;
    const whole = median(Array.from({ length: RUNS }, () => requireMs(root, target)));
    const own = median(Array.from({ length: RUNS }, () => requireMs(root, target, 'wx-server-sdk')));
    console.log(`${name.padEnd(24)} ${ms(whole)}  ${verdict(whole < BUDGET_MS)}   (without the SDK's load: ${ms(own).trim()})`);
  }
}

/**
 * One fresh Node process as a cold function instance: require the bundle, then
 * its first call (the pool's first connection, the schema-version read, the
 * caller's lookup, the action), then a second, warm call of the same action.
 */
function coldCall(root: string, name: string, env: Record<string, string>, event: unknown): { requireMs: number; firstMs: number; warmMs: number } {
  const target = `./cloudfunctions/${name}/index.js`;
  const script = [
    'const ms=(t)=>Number(process.hrtime.bigint()-t)/1e6;',
    `let t=process.hrtime.bigint();const {main}=require(${JSON.stringify(target)});const requireMs=ms(t);`,
    `(async()=>{const e=${JSON.stringify(event)};t=process.hrtime.bigint();const a=await main(e,{});const firstMs=ms(t);`,
    't=process.hrtime.bigint();const b=await main(e,{});const warmMs=ms(t);',
    'if(!a.ok||!b.ok){console.error(JSON.stringify(a.ok?b:a));process.exit(1)}',
    'console.log(JSON.stringify({requireMs,firstMs,warmMs}));process.exit(0)})();',
  ].join('');
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
  if (run.status !== 0) throw new Error(`${name} cold call failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  return JSON.parse(run.stdout.trim());
}

/** The whole cold start of a function, on the bench's PostgreSQL: what the first resident after a quiet hour waits for. */
export async function coldStart(root: string): Promise<void> {
  heading(`cloud function cold start: require + first connection + schema-version read + the call (median of ${RUNS})`);
  if (!existsSync(path.join(root, 'cloudfunctions', 'conventions', 'index.js'))) {
    console.log('cloudfunctions/ not built: run `npm run build:functions` first. Skipped.');
    return;
  }
  await onBenchDatabase(async (database, label, url) => {
    await migrateToLatest(database.db);
    const county = await seedDemoCounty(database.db, { openidPrefix: 'cold:' });
    const env = { DATABASE_URL: url, WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: county.people.resident.openid, WX_APPID: 'wx0000000000000000' };
    console.log(label);
    for (const [name, event] of [
      ['campaign', { action: 'summary', input: {} }],
      ['conventions', { action: 'list', input: {} }],
    ] as const) {
      const runs = Array.from({ length: RUNS }, () => coldCall(root, name, env, event));
      const pick = (k: 'requireMs' | 'firstMs' | 'warmMs') => median(runs.map((r) => r[k]));
      const whole = pick('requireMs') + pick('firstMs');
      console.log(
        `  ${`${name}.${event.action}`.padEnd(22)} require ${ms(pick('requireMs')).trim()}, first call ${ms(pick('firstMs')).trim()} (a warm call: ${ms(pick('warmMs')).trim()}) → cold start ${ms(whole).trim()}`,
      );
    }
  });
}
