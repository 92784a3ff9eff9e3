import { systemClock } from '../core/clock';
import { localWordFilter } from '../core/content-safety/local-word-filter';
import type { FileStore } from '../core/files/port';
import { openDatabase, Database } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Runtime } from './runtime';

export interface BootOptions {
  databaseUrl?: string;
  dataDir?: string;
  countyIdForNewUsers?: string;
  files: FileStore;
}

/** Opens the database and applies migrations: the same start for cloud functions and the local server. */
export async function boot(options: BootOptions): Promise<{ runtime: Runtime; database: Database }> {
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  await migrateToLatest(database.db);
  const runtime: Runtime = {
    db: database.db,
    clock: systemClock,
    contentSafety: localWordFilter(),
    files: options.files,
    countyIdForNewUsers: options.countyIdForNewUsers,
    log: (message, error) => console.error(`[civic] ${message}`, error ?? ''),
  };
  return { runtime, database };
}
