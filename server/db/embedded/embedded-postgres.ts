import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chownSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresBinaries, type PostgresBinaries } from './binaries';
import { freeLoopbackPort } from './free-port';
import { releaseFolder, writeOwner, removeOwner } from './folder-owner';
import { isAlive, waitForExit } from './processes';

export interface EmbeddedPostgresOptions {
  /** The cluster's folder (PGDATA); initdb makes it on first use. */
  dataDir: string;
  /**
   * fsync and synchronous commit, on by default: the demo county's data must
   * survive a power cut. Only a throwaway test server turns them off.
   */
  durable?: boolean;
  maxConnections?: number;
  /** What a person starting the server should read (a recovered folder, a failed start). */
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  port: number;
  /** postgres://… for a database of this server (`civic` unless named). */
  url(database?: string): string;
  /** Fast shutdown (a checkpoint, then exit); waits until the process is gone. */
  stop(): Promise<void>;
}

/** The role and database the product uses on its embedded server. */
export const EMBEDDED_USER = 'civic';
export const EMBEDDED_DATABASE = 'civic';
const PASSWORD_FILE = 'civic.password';
const LOG_FILE = 'embedded.log';
const START_TIMEOUT_MS = 60_000;

/**
 * Starts a real PostgreSQL server from the binaries in node_modules, on a free
 * loopback port, keeping its data in `dataDir` across restarts. A folder left
 * behind by a killed run (a stale postmaster.pid, an orphaned server still
 * holding the folder) is recovered first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const account = serverAccount();
  const binaries = account ? reachableBinaries(postgresBinaries()) : postgresBinaries();
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
  if (account) {
    chownSync(dataDir, account.uid, account.gid);
    assertReachable(path.dirname(dataDir));
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) initialise(binaries.initdb, dataDir, account);
  const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();

  await releaseFolder(dataDir, log);
  writeOwner(dataDir);
  let lastError: unknown;
  // A port found free can be taken before the server binds it: try another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freeLoopbackPort();
    try {
      const pid = await launch(binaries.postgres, dataDir, port, options, account);
      const socket = socketDirFor(dataDir, port);
      // Through the folder's Unix socket when it has one: half the cost of a loopback TCP round trip here.
      const url = (database = EMBEDDED_DATABASE) =>
        `postgres://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}${socket ? `?host=${encodeURIComponent(socket)}` : ''}`;
      await createDatabaseIfMissing(url('postgres'), EMBEDDED_DATABASE);
      return running(dataDir, pid, port, url);
    } catch (error) {
      lastError = error;
      if (!String(error).includes('could not bind') && !String(error).includes('Address already in use')) break;
    }
  }
  removeOwner(dataDir);
  throw lastError;
}

function running(dataDir: string, pid: number, port: number, url: (database?: string) => string): EmbeddedPostgres {
  // Whatever ends this process (an uncaught error, process.exit), the server goes with it.
  const onExit = () => {
    if (isAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.on('exit', onExit);
  let stopped: Promise<void> | undefined;
  return {
    port,
    url,
    stop: () =>
      (stopped ??= (async () => {
        process.off('exit', onExit);
        if (isAlive(pid)) {
          process.kill(pid, 'SIGINT');
          if (!(await waitForExit(pid, 30_000))) {
            process.kill(pid, 'SIGKILL');
            await waitForExit(pid, 5_000);
          }
        }
        removeOwner(dataDir);
      })()),
  };
}

interface Account {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root (containers and CI machines often are):
 * then the server runs as the `postgres` account, made if it is missing.
 */
function serverAccount(): Account | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The first folder at or above `dir` that other accounts (the `postgres` one) cannot pass through, if any. */
function closedFolderAbove(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if ((statSync(at).mode & 0o001) === 0) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** Every folder above the data folder must let the `postgres` account through. */
function assertReachable(dir: string): void {
  const closed = closedFolderAbove(dir);
  if (closed) throw new Error(`内置数据库以 postgres 账户运行，但它进不了 ${closed}：请把 DATA_DIR 设在它能进入的目录（或 chmod o+x ${closed}）`);
}

/**
 * Run as root, the server runs as `postgres`, which must reach the binaries
 * too: a checkout in a private folder (root's home, a mktemp folder) hides
 * node_modules from it. Then the binaries are copied once to a folder under
 * the system's temp folder that it can reach, and run from there.
 */
function reachableBinaries(binaries: PostgresBinaries): PostgresBinaries {
  const native = path.dirname(path.dirname(binaries.initdb));
  if (!closedFolderAbove(native)) return binaries;
  const copy = path.join(os.tmpdir(), `civic-postgres-${createHash('sha256').update(native).digest('hex').slice(0, 12)}`);
  if (!existsSync(path.join(copy, 'bin', path.basename(binaries.postgres)))) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  }
  assertReachable(copy);
  return { initdb: path.join(copy, 'bin', path.basename(binaries.initdb)), postgres: path.join(copy, 'bin', path.basename(binaries.postgres)) };
}

function initialise(initdb: string, dataDir: string, account: Account | undefined): void {
  if (readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} 不是空目录，也不是数据库目录：请换一个 DATA_DIR，或清空它后重试`);
  }
  const password = randomBytes(24).toString('base64url');
  // initdb reads the password from a file; it lives only for this call.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'civic-initdb-'));
  const pwfile = path.join(scratch, 'pw');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(scratch, account.uid, account.gid);
    chownSync(pwfile, account.uid, account.gid);
  }
  try {
    execFileSync(
      initdb,
      ['-D', dataDir, '-U', EMBEDDED_USER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-instructions'],
      { stdio: ['ignore', 'ignore', 'pipe'], ...(account ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`初始化内置数据库失败：${stderr.trim() || String(error)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
}

/** Spawns the postmaster and resolves with its pid once it accepts connections. */
async function launch(postgres: string, dataDir: string, port: number, options: EmbeddedPostgresOptions, account: Account | undefined): Promise<number> {
  const logPath = path.join(dataDir, LOG_FILE);
  if (existsSync(logPath)) renameSync(logPath, `${logPath}.1`);
  const logFd = openSync(logPath, 'a', 0o600);
  const durable = options.durable ?? true;
  const settings = {
    listen_addresses: '127.0.0.1',
    // The data folder is the server account's own, so it can hold the socket; TCP on loopback stays for other tools.
    unix_socket_directories: socketDirFor(dataDir, port) ?? '',
    max_connections: String(options.maxConnections ?? 100),
    fsync: durable ? 'on' : 'off',
    synchronous_commit: durable ? 'on' : 'off',
    full_page_writes: durable ? 'on' : 'off',
  };
  const args = ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  // Its own process group: a Ctrl-C in the terminal reaches the server process, which then stops PostgreSQL after the last request.
  const child = spawn(postgres, args, { detached: true, stdio: ['ignore', logFd, logFd], ...(account ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } });
  closeSync(logFd);
  child.unref();
  const pid = child.pid;
  if (!pid) throw new Error('无法启动内置数据库');
  let exited = false;
  child.on('exit', () => (exited = true));
  const until = Date.now() + START_TIMEOUT_MS;
  const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
  for (;;) {
    if (exited) throw new Error(`内置数据库没有启动：\n${tail(logPath)}`);
    if (await accepts(port, password)) return pid;
    if (Date.now() > until) {
      process.kill(pid, 'SIGKILL');
      throw new Error(`内置数据库 ${START_TIMEOUT_MS / 1000} 秒内没有就绪：\n${tail(logPath)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function accepts(port: number, password: string): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({ host: '127.0.0.1', port, user: EMBEDDED_USER, password, database: 'postgres', connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Socket paths are limited to 107 bytes; a deeper data folder is reached over TCP only. */
function socketDirFor(dataDir: string, port: number): string | undefined {
  return `${dataDir}/.s.PGSQL.${port}`.length <= 100 && process.platform !== 'win32' ? dataDir : undefined;
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(没有日志)';
  }
}
