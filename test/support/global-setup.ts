import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Migrates once per run. On PGlite the migrated database is dumped so that each
 * test file starts from a copy in under a second instead of running initdb.
 * With TEST_DATABASE_URL the suite runs on that PostgreSQL server instead.
 */
export default async function globalSetup(): Promise<void> {
  const { openDatabase } = await import('../../server/db/connect');
  const { migrateToLatest } = await import('../../server/db/migrate');
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const database = await openDatabase({ url, maxConnections: 2 });
    await migrateToLatest(database.db);
    await database.close();
    return;
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite();
  const { Kysely, PostgresDialect, CamelCasePlugin } = await import('kysely');
  const { PGliteSingleConnectionPool } = await import('../../server/db/pglite-pool');
  const db = new Kysely({ dialect: new PostgresDialect({ pool: new PGliteSingleConnectionPool(pg) as never }), plugins: [new CamelCasePlugin()] });
  await migrateToLatest(db);
  const dump = await pg.dumpDataDir('none');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'civic-test-')), 'template.tar');
  writeFileSync(file, Buffer.from(await (dump as Blob).arrayBuffer()));
  await db.destroy();
  process.env.CIVIC_PGLITE_TEMPLATE = file;
}
