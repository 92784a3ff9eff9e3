import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
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
