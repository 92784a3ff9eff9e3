import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema';

export type DriverName = 'pglite' | 'pg';

export interface Database {
  db: Kysely<DB>;
  driver: DriverName;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a real PostgreSQL server (production, CI). */
  url?: string;
  /** A folder for PGlite's files; omitted means in memory. */
  dataDir?: string;
  /** pg pool size. */
  maxConnections?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return openPGlite(options.dataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pg = await import('pg');
  const { Pool, types } = pg.default ?? pg;
  // bigint counts as numbers (they stay far below 2^53); dates stay strings.
  types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));
  types.setTypeParser(1082, (v: string) => v);
  const pool = new Pool({ connectionString: url, max });
  const { prepareStatementsOn } = await import('./prepared-statements');
  pool.on('connect', (client) => prepareStatementsOn(client as never));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, driver: 'pg', close: () => db.destroy() };
}

async function openPGlite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteSingleConnectionPool } = await import('./pglite-pool');
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const pool = new PGliteSingleConnectionPool(pg);
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: pool as never }),
    plugins: [new CamelCasePlugin()],
  });
  const close = async () => {
    await db.destroy();
    await pool.end(); // a no-op after destroy() if Kysely ever used the pool; see PGliteSingleConnectionPool.end
  };
  return { db, driver: 'pglite', close };
}
