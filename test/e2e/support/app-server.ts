import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { systemClock } from '../../../server/core/clock';
import { localFileStore } from '../../../server/core/files/local-file-store';
import { localWordFilter } from '../../../server/core/content-safety/local-word-filter';
import { openDatabase } from '../../../server/db/connect';
import type { DB } from '../../../server/db/schema';
import { seedDemoCounty, SeededCounty } from '../../../server/db/seed/demo-county';
import { createLocalServer } from '../../../server/runtime/local-server';
import { createDatabase, testServerAdminUrl } from '../../support/test-server';

export interface RunningApp {
  baseUrl: string;
  db: Kysely<DB>;
  county: SeededCounty;
  close(): Promise<void>;
}

/**
 * The product as `npm start` runs it: the H5 build and the API, on a database
 * of its own (migrated, with the demo county) on the run's PostgreSQL server.
 */
export async function startApp(): Promise<RunningApp> {
  const staticDir = path.resolve(__dirname, '../../../dist/h5');
  // A copy of the run's migrated database (global-setup) is a file copy: 3 s quicker than migrating.
  const template = process.env.TEST_DATABASE_NAME;
  const scratch = await createDatabase(testServerAdminUrl(), template ? { template } : { migrate: true });
  const database = await openDatabase({ url: scratch.viaTestUrl() });
  const county = await seedDemoCounty(database.db);
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'civic-e2e-files-'));
  const server = createLocalServer({
    runtime: { db: database.db, clock: systemClock, contentSafety: localWordFilter(), files: localFileStore(filesDir), log: (m, e) => console.error(m, e) },
    staticDir,
    filesDir,
    sessionSecret: 'e2e-secret',
    production: false,
    demo: true,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: database.db,
    county,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
      await scratch.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
