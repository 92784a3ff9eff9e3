import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeLoopbackPort } from '../../server/db/embedded/free-port';
import { isAlive, waitForExit } from '../../server/db/embedded/processes';

export interface PgBouncer {
  /** The pooler's URL for `database`, with the direct URL's credentials. */
  url(database: string): string;
  stop(): Promise<void>;
}

/** Debian's pgbouncer (1.18, the version the pooler rules are written against), if installed. */
export function pgbouncerBinary(): string | undefined {
  const candidates = [process.env.PGBOUNCER_PATH, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p));
}

/**
 * PgBouncer in transaction mode in front of the server `directUrl` names, as
 * a production deployment runs it: each transaction may land on another
 * server connection, so named statements and session state break here.
 */
export async function startPgBouncer(directUrl: string, options: { poolSize?: number; maxClients?: number } = {}): Promise<PgBouncer> {
  const binary = pgbouncerBinary();
  if (!binary) throw new Error('pgbouncer is not installed (apt-get install -y pgbouncer)');
  const direct = new URL(directUrl);
  const user = decodeURIComponent(direct.username);
  const password = decodeURIComponent(direct.password);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-pgbouncer-'));
  const port = await freeLoopbackPort();
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(path.join(dir, 'userlist.txt'), `${quote(user)} ${quote(password)}\n`, { mode: 0o600 });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      // The direct URL's socket folder (`?host=/dir`) when it names one, else its TCP host.
      `* = host=${direct.searchParams.get('host') ?? direct.hostname} port=${direct.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'pool_mode = transaction',
      // Loopback only; the server still checks the password pgbouncer sends from userlist.txt.
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `default_pool_size = ${options.poolSize ?? 20}`,
      `max_client_conn = ${options.maxClients ?? 2000}`,
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // PgBouncer refuses to run as root; it switches to the postgres account given with -u.
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(path.join(dir, f), id('-u'), id('-g'));
  }
  const child = spawn(binary, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], { stdio: 'ignore', detached: true });
  child.unref();
  const pid = child.pid!;
  const until = Date.now() + 10_000;
  const { Client } = await import('pg');
  for (;;) {
    const client = new Client({ host: '127.0.0.1', port, user, password, database: direct.pathname.slice(1) || 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!isAlive(pid) || Date.now() > until) {
        const log = existsSync(path.join(dir, 'pgbouncer.log')) ? readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8') : '';
        throw new Error(`pgbouncer did not start: ${String(error)}\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const onExit = () => isAlive(pid) && process.kill(pid, 'SIGTERM');
  process.on('exit', onExit);
  return {
    url: (database) => {
      const u = new URL(directUrl);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      u.pathname = `/${database}`;
      u.searchParams.delete('host');
      return u.toString();
    },
    stop: async () => {
      process.off('exit', onExit);
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
      await waitForExit(pid, 5_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
