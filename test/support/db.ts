import { readFileSync } from 'node:fs';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../../server/db/connect';
import { openDatabase } from '../../server/db/connect';
import { PGliteSingleConnectionPool } from '../../server/db/pglite-pool';
import type { DB } from '../../server/db/schema';

/**
 * A migrated database for one test file: a fresh PGlite copied from the run's
 * template, or the PostgreSQL server named by TEST_DATABASE_URL. Tests isolate
 * themselves by seeding their own county.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openDatabase({ url, maxConnections: 20 });
  const template = process.env.CIVIC_PGLITE_TEMPLATE;
  if (!template) throw new Error('Run integration tests through jest (global setup makes the template).');
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite({ loadDataDir: new Blob([readFileSync(template)]) });
  await pg.waitReady;
  const pool = new PGliteSingleConnectionPool(pg);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }), plugins: [new CamelCasePlugin()] });
  // Kysely's destroy() skips a pool it never used; ending the pool too closes PGlite either way.
  return { db, driver: 'pglite', close: async () => {
    await db.destroy();
    await pool.end();
  } };
}

/** beforeAll/afterAll wiring: `const t = useTestDatabase();` then `t.db` inside tests. */
export function useTestDatabase(): { readonly db: Kysely<DB>; readonly database: Database } {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get db() {
      if (!database) throw new Error('database not open yet');
      return database.db;
    },
    get database() {
      if (!database) throw new Error('database not open yet');
      return database;
    },
  };
}
