import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../server/db/connect';
import { withDatabase } from '../server/db/database-url';
import { startEmbeddedPostgres } from '../server/db/embedded/embedded-postgres';

let server: Promise<{ adminUrl: string; label: string; stop(): Promise<void> }> | undefined;

/**
 * The bench's PostgreSQL: the server DATABASE_URL names, or an embedded one
 * in a temporary folder with fsync on (as `npm start` and production run),
 * started once per bench run.
 */
export function benchServer() {
  server ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (url) return { adminUrl: url, label: `PostgreSQL (${new URL(url).host})`, stop: async () => undefined };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-bench-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir: dir, maxConnections: 200 });
    return {
      adminUrl: embedded.url('postgres'),
      label: 'PostgreSQL 17 (embedded, fsync on)',
      stop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  })();
  return server;
}

export async function stopBenchServer(): Promise<void> {
  if (server) await (await server).stop();
  server = undefined;
}

/**
 * Runs a measurement in a throwaway database of the bench server, dropped
 * afterwards: the bench's rows never touch DATABASE_URL's own tables (a schema
 * is not enough: Kysely's migrator would find the public schema's migration
 * tables). `url` reaches the same database, for a pool of several connections.
 */
export async function onBenchDatabase(measure: (database: Database, label: string, url: string) => Promise<void>): Promise<void> {
  const { adminUrl, label } = await benchServer();
  const name = `civic_bench_${process.pid}_${Date.now()}`;
  const admin = await openDatabase({ url: adminUrl, maxConnections: 1 });
  try {
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    try {
      const url = withDatabase(adminUrl, name);
      const database = await openDatabase({ url, maxConnections: 1 });
      try {
        await measure(database, label, url);
      } finally {
        await database.close();
      }
    } finally {
      await sql`drop database ${sql.id(name)} with (force)`.execute(admin.db);
    }
  } finally {
    await admin.close();
  }
}
