import { dropDatabase } from './test-server';

const KEY = Symbol.for('civic.test-run');

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as typeof globalThis & { [KEY]?: { server: { adminUrl: string; stop(): Promise<void> }; databaseName: string; pooler?: { stop(): Promise<void> }; users: number } };
  const run = g[KEY];
  if (!run || --run.users > 0) return;
  delete g[KEY];
  await run.pooler?.stop();
  await dropDatabase(run.server.adminUrl, run.databaseName).catch(() => undefined);
  await run.server.stop();
}
