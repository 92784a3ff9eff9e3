import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../../server/db/embedded/embedded-postgres';
import { isAlive, waitForExit } from '../../../server/db/embedded/processes';

const ROOT = path.resolve(__dirname, '../../..');
const CHILD = path.join(ROOT, 'test/support/embedded-child.ts');

let dir: string;
const started: EmbeddedPostgres[] = [];
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'civic-embedded-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.pid && isAlive(child.pid)) child.kill('SIGKILL');
  for (const server of started.splice(0)) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir: dir });
  started.push(server);
  return server;
}

/** `npm start` in another process: it starts the server on `dir` and writes a note. */
async function serverProcess(note: string): Promise<ChildProcess> {
  // One process (tsx's own command would put a second Node process under it, which SIGKILL would miss).
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, note], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    child.on('exit', (code) => reject(new Error(`the server process ended early (${code})`)));
  });
  return child;
}

async function query<T>(server: EmbeddedPostgres, text: string): Promise<T[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: server.url() });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = () => Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n', 1)[0]);

describe('the embedded PostgreSQL', () => {
  it('keeps the data across a restart, with fsync on', async () => {
    const first = await start();
    await query(first, 'create table notes (body text)');
    await query(first, "insert into notes values ('第一次')");
    await first.stop();
    const second = await start();
    expect(await query(second, 'select body from notes')).toEqual([{ body: '第一次' }]);
    expect(await query(second, 'show fsync')).toEqual([{ fsync: 'on' }]);
    expect(await query(second, 'show listen_addresses')).toEqual([{ listen_addresses: '127.0.0.1' }]);
  });

  it('comes back after its server process was killed with SIGKILL: the orphaned PostgreSQL is shut down and nothing committed is lost', async () => {
    const child = await serverProcess('kill -9 之前写的');
    const orphan = postmasterPid();
    child.kill('SIGKILL');
    await waitForExit(child.pid!, 5_000);
    // Nothing stopped PostgreSQL: it still holds the folder.
    expect(isAlive(orphan)).toBe(true);

    const server = await start();
    expect(isAlive(orphan)).toBe(false);
    expect(await query(server, 'select body from notes')).toEqual([{ body: 'kill -9 之前写的' }]);
  });

  it('starts over a stale postmaster.pid that names a process which is gone', async () => {
    const first = await start();
    await first.stop();
    const gone = spawnSync('true').pid;
    writeFileSync(path.join(dir, 'postmaster.pid'), `${gone}\n${dir}\n`);
    const server = await start();
    expect(await query(server, 'select 1 as one')).toEqual([{ one: 1 }]);
  });

  it('refuses a folder that another running server process is using, and leaves that one serving', async () => {
    const child = await serverProcess('在用');
    const running = postmasterPid();
    await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow('正被另一个进程');
    expect(isAlive(running)).toBe(true);
    child.kill('SIGTERM');
    expect(await waitForExit(running, 15_000)).toBe(true);
  });
});
