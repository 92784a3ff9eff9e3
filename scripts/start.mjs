// npm start: build the H5 app when its sources changed, migrate the database, then serve the app and the API.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/h5/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src', 'config'].map((d) => path.join(root, d)).filter(existsSync);
const stale = !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
if (stale) {
  console.log('正在构建 H5 页面（约半分钟）…');
  const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The schema is changed by the deploy step, never by the server: npm start runs it first, as a deploy would.
if (process.env.NODE_ENV !== 'production') {
  const migrate = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/db/migrate-cli.ts')], { cwd: root, stdio: 'inherit' });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
}

// npm start is the demo: the seeded county and its people to sign in as (the server refuses it in production).
const env = { ...process.env, DEMO: process.env.DEMO ?? '1' };
// One Node process for the server (tsx's own command would add a second under it).
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/runtime/start-local.ts')], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
