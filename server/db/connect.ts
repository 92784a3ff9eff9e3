import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema';

export interface Database {
  db: Kysely<DB>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — the embedded server, a county's own server, or the pooler in front of it. */
  url: string;
  /** The most connections this process holds (see README: the connection budget). */
  maxConnections?: number;
  /**
   * Named (server-side) prepared statements. Off by default: a transaction-mode
   * pooler (PgBouncer 1.18) hands each transaction another server connection,
   * where a name prepared elsewhere does not exist, and a warm connection's
   * cached plan breaks when a migration changes a table it reads. Only for a
   * direct connection whose functions restart after each migration.
   */
  preparedStatements?: boolean;
}

/** The pooled connection every entry point uses: one PostgreSQL, reached through `pg`. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const pg = await import('pg');
  const { Pool, types } = pg.default ?? pg;
  // bigint counts as numbers (they stay far below 2^53); dates stay strings.
  types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));
  types.setTypeParser(1082, (v: string) => v);
  const pool = new Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // A dropped idle connection (a pooler or server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  if (options.preparedStatements) {
    const { prepareStatementsOn } = await import('./prepared-statements');
    pool.on('connect', (client) => prepareStatementsOn(client as never));
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, close: () => db.destroy() };
}

/** DATABASE_PREPARED_STATEMENTS=on turns named statements on (a direct connection only). */
export function preparedStatementsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(on|true|1)$/i.test(env.DATABASE_PREPARED_STATEMENTS ?? '');
}
