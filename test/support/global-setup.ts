import { pgbouncerBinary, startPgBouncer, type PgBouncer } from './pgbouncer';
import { createDatabase, scratchName, startTestServer, type TestServer } from './test-server';

interface RunState {
  server: TestServer;
  databaseName: string;
  pooler?: PgBouncer;
  users: number;
}

const KEY = Symbol.for('civic.test-run');
type WithRun = typeof globalThis & { [KEY]?: RunState };

/**
 * Once per jest run: a PostgreSQL server (embedded, or DATABASE_URL's), and on
 * it one migrated database for the run. Test files share it and isolate
 * themselves by seeding their own county; a test that needs a database to
 * itself (schema versions) makes one from TEST_DATABASE_NAME as a template.
 * With TEST_THROUGH_PGBOUNCER=1 the tests reach it through PgBouncer in
 * transaction mode, as production does.
 */
export default async function globalSetup(): Promise<void> {
  const g = globalThis as WithRun;
  // Two projects of one run (integration and e2e) share the server.
  if (g[KEY]) {
    g[KEY].users++;
    return;
  }
  const server = await startTestServer();
  const databaseName = scratchName('civic_test');
  try {
    const { url } = await createDatabase(server.adminUrl, { name: databaseName, migrate: true });
    let pooler: PgBouncer | undefined;
    let testUrl = url;
    if (process.env.TEST_THROUGH_PGBOUNCER === '1') {
      if (!pgbouncerBinary()) throw new Error('TEST_THROUGH_PGBOUNCER=1 needs pgbouncer (apt-get install -y pgbouncer)');
      pooler = await startPgBouncer(server.adminUrl);
      testUrl = pooler.url(databaseName);
    }
    process.env.TEST_ADMIN_URL = server.adminUrl;
    process.env.TEST_DATABASE_URL = testUrl;
    process.env.TEST_DATABASE_NAME = databaseName;
    g[KEY] = { server, databaseName, pooler, users: 1 };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
