import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/connect';
import { openDatabase } from '../../server/db/connect';
import type { DB } from '../../server/db/schema';
import { testDatabaseUrl } from './test-server';

/**
 * The run's migrated database (jest's global setup made it on a real
 * PostgreSQL server). Test files share it; each isolates itself by seeding
 * its own county. Twenty connections: race tests race for real.
 */
export async function openTestDatabase(): Promise<Database> {
  return openDatabase({ url: testDatabaseUrl(), maxConnections: 20 });
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
