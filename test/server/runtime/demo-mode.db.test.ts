import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../server/db/connect';
import { freeLoopbackPort } from '../../../server/db/embedded/free-port';
import { createDatabase, testServerAdminUrl } from '../../support/test-server';

/**
 * The demo is asked for: `npm start` sets DEMO=1; a server started any other
 * way neither seeds the demo county into an empty database nor lets anyone
 * sign in as a demo person, and NODE_ENV=production refuses it whatever is set.
 */
jest.setTimeout(90_000);
const ROOT = path.resolve(__dirname, '../../..');

async function serverWith(env: Record<string, string>) {
  const scratch = await createDatabase(testServerAdminUrl(), { migrate: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'civic-demo-mode-'));
  const port = await freeLoopbackPort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: scratch.url, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env };
  if (!('DEMO' in env)) delete childEnv.DEMO;
  if (!('NODE_ENV' in env)) childEnv.NODE_ENV = 'development';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/start-local.ts'], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output}`);
    const healthy = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (tries > 300) throw new Error(`the server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const database = await openDatabase({ url: scratch.url, maxConnections: 1 });
  const counties = async () => (await database.db.selectFrom('counties').select('id').execute()).length;
  const signIn = () => fetch(`${base}/api/_demo/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ key: 'resident' }) });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await database.close();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { counties, signIn, stop };
}

describe('the demo county and its sign-in', () => {
  it('are off in a server started without DEMO=1: an empty database stays empty and the demo sign-in is refused', async () => {
    const server = await serverWith({});
    try {
      expect(await server.counties()).toBe(0);
      expect((await server.signIn()).status).toBe(403);
    } finally {
      await server.stop();
    }
  });

  it('stay off under NODE_ENV=production even with DEMO=1', async () => {
    const server = await serverWith({ DEMO: '1', NODE_ENV: 'production' });
    try {
      expect(await server.counties()).toBe(0);
      expect((await server.signIn()).status).toBe(403);
    } finally {
      await server.stop();
    }
  });

  it('are on with DEMO=1, as npm start sets it: the demo county is seeded and a demo person signs in', async () => {
    const server = await serverWith({ DEMO: '1' });
    try {
      expect(await server.counties()).toBe(1);
      const signIn = await server.signIn();
      expect(signIn.status).toBe(200);
      expect(await signIn.json()).toEqual({ ok: true, data: { name: '张秀兰' } });
    } finally {
      await server.stop();
    }
  });
});
