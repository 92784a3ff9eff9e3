import { systemClock } from '../core/clock';
import { localWordFilter } from '../core/content-safety/local-word-filter';
import type { FileStore } from '../core/files/port';
import { openDatabase, Database, preparedStatementsFromEnv } from '../db/connect';
import { schemaGate } from '../db/schema-version';
import type { Runtime } from './runtime';
import { keysFromEnv } from './server-keys';

export interface BootOptions {
  databaseUrl: string;
  /** This process's share of the connection budget (README: 连接预算). */
  maxConnections?: number;
  /** Named statements (a direct connection only); DATABASE_PREPARED_STATEMENTS=on by default. */
  preparedStatements?: boolean;
  countyIdForNewUsers?: string;
  files: FileStore;
}

const log = (message: string, error?: unknown) => console.error(`[civic] ${message}`, error ?? '');

/**
 * Opens the database: the same start for cloud functions and the local server.
 * It never changes the schema (that is `npm run migrate`, a deploy step); the
 * first call reads the schema's version, and calls are refused with
 * UNAVAILABLE while the database is older than this code.
 */
export async function boot(options: BootOptions): Promise<{ runtime: Runtime; database: Database }> {
  const database = await openDatabase({ url: options.databaseUrl, maxConnections: options.maxConnections, preparedStatements: options.preparedStatements ?? preparedStatementsFromEnv() });
  const runtime: Runtime = {
    db: database.db,
    clock: systemClock,
    contentSafety: localWordFilter(),
    files: options.files,
    countyIdForNewUsers: options.countyIdForNewUsers,
    keys: keysFromEnv(),
    log,
    schema: schemaGate(database.db, { log }),
  };
  return { runtime, database };
}

/** DATABASE_POOL_SIZE, when set to a positive whole number. */
export function poolSizeFromEnv(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.DATABASE_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : fallback;
}
