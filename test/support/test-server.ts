import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../server/db/connect';
import { withDatabase } from '../../server/db/database-url';
import { startEmbeddedPostgres } from '../../server/db/embedded/embedded-postgres';
import { migrateToLatest } from '../../server/db/migrate';

/**
 * The PostgreSQL server a test run uses: the one DATABASE_URL names (its role
 * must be allowed to create databases; the named database itself is never
 * written), or else an embedded server in a temporary folder, made for this
 * run and removed after it.
 */
export interface TestServer {
  /** A connection URL for administration: creating and dropping the run's databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-test-pg-'));
  // A throwaway cluster: no fsync, so the suite is not waiting on the disk. Real concurrency all the same.
  const server = await startEmbeddedPostgres({ dataDir: dir, durable: false, maxConnections: 200 });
  return {
    adminUrl: server.url('postgres'),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function scratchName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export interface ScratchDatabase {
  name: string;
  /** Straight to the server. */
  url: string;
  /** The way the tests reach the server (through PgBouncer when the run goes through it). */
  viaTestUrl(): string;
  drop(): Promise<void>;
}

/** A new database on the test server: empty, migrated, or a copy of a migrated template. */
export async function createDatabase(adminUrl: string, options: { name?: string; migrate?: boolean; template?: string } = {}): Promise<ScratchDatabase> {
  const name = options.name ?? scratchName('civic_scratch');
  const admin = await openDatabase({ url: adminUrl, maxConnections: 1 });
  try {
    if (options.template) await sql`create database ${sql.id(name)} template ${sql.id(options.template)}`.execute(admin.db);
    else await sql`create database ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const url = withDatabase(adminUrl, name);
  if (options.migrate) {
    const database = await openDatabase({ url, maxConnections: 1 });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
  }
  return { name, url, viaTestUrl: () => withDatabase(testDatabaseUrl(), name), drop: () => dropDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = await openDatabase({ url: adminUrl, maxConnections: 1 });
  try {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
  } finally {
    await admin.close();
  }
}

/** The run's migrated database, as the tests reach it. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('Run database tests through jest (its global setup starts the test server).');
  return url;
}

/** The run's migrated database straight on the server, never through the pooler. */
export function directTestDatabaseUrl(): string {
  const name = process.env.TEST_DATABASE_NAME;
  if (!name) throw new Error('Run database tests through jest (its global setup starts the test server).');
  return withDatabase(testServerAdminUrl(), name);
}

/** The run's server as the global setup left it for the test files. */
export function testServerAdminUrl(): string {
  const url = process.env.TEST_ADMIN_URL;
  if (!url) throw new Error('Run database tests through jest (its global setup starts the test server).');
  return url;
}
