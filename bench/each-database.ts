import { sql } from 'kysely';
import { openDatabase, type Database } from '../server/db/connect';

/** The same server and credentials, another database. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Runs a measurement on a fresh in-memory PGlite, then — when DATABASE_URL is
 * set — on a throwaway database of that PostgreSQL server, dropped afterwards:
 * the bench's rows never touch DATABASE_URL's own tables (a schema is not
 * enough: Kysely's migrator would find the public schema's migration tables).
 */
export async function onEachDatabase(measure: (database: Database, label: string) => Promise<void>): Promise<void> {
  const pglite = await openDatabase({});
  try {
    await measure(pglite, 'PGlite (in memory)');
  } finally {
    await pglite.close();
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL: set DATABASE_URL to measure there too (the bench works in a database of its own and drops it).');
    return;
  }
  const name = `civic_bench_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ url, maxConnections: 1 });
  try {
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    try {
      const postgres = await openDatabase({ url: withDatabase(url, name), maxConnections: 1 });
      try {
        await measure(postgres, `PostgreSQL (${new URL(url).host})`);
      } finally {
        await postgres.close();
      }
    } finally {
      await sql`drop database ${sql.id(name)}`.execute(admin.db);
    }
  } finally {
    await admin.close();
  }
}
