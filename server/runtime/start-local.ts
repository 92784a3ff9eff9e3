import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localFileStore } from '../core/files/local-file-store';
import { preparedStatementsFromEnv } from '../db/connect';
import { dataDirFromEnv, openLocalDatabase } from '../db/local-database';
import { readSchemaState } from '../db/schema-version';
import { seedDemoCounty } from '../db/seed/demo-county';
import { boot, poolSizeFromEnv } from './bootstrap';
import { createLocalServer } from './local-server';
import { startScheduler } from './scheduler';

/**
 * The local server: the H5 app and the API on one port, on the embedded
 * PostgreSQL in DATA_DIR unless DATABASE_URL names a server. `npm start` runs
 * `npm run migrate` before this; the server itself never changes the schema.
 */
async function main() {
  const root = path.resolve(__dirname, '../..');
  const production = process.env.NODE_ENV === 'production';
  // The demo is asked for (npm start sets DEMO=1) and never in production, whatever else is set.
  const demo = process.env.DEMO === '1' && !production;
  const port = Number(process.env.PORT ?? 10086);
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = dataDirFromEnv(root);
  mkdirSync(dataDir, { recursive: true });
  const filesDir = path.join(dataDir, 'uploads');

  const local = await openLocalDatabase({ dataDir, log: console.log });
  // The embedded server is reached directly, never through a pooler: named statements save PostgreSQL planning every call.
  const preparedStatements = local.embedded || preparedStatementsFromEnv();
  const { runtime, database } = await boot({ databaseUrl: local.url, maxConnections: poolSizeFromEnv(20), preparedStatements, files: localFileStore(filesDir) });

  const schema = await readSchemaState(runtime.db);
  if (schema.state === 'behind') {
    console.error(`数据库结构比代码旧（缺少 ${schema.missing.join(', ')}）：请先运行 npm run migrate。在那之前每个请求都会得到“系统正在升级”。`);
  } else if (demo && (await runtime.db.selectFrom('counties').select('id').limit(1).execute()).length === 0) {
    const seeded = await seedDemoCounty(runtime.db);
    console.log(`已创建演示县（青禾县），县编号 ${seeded.countyId}`);
  }

  const server = createLocalServer({
    runtime,
    staticDir: path.resolve(root, process.env.STATIC_DIR ?? 'dist/h5'),
    filesDir,
    sessionSecret: process.env.SESSION_SECRET ?? sessionSecretIn(dataDir),
    production,
    demo,
    miniProgramTokens: process.env.LOCAL_MINIPROGRAM_TOKENS === '1',
    trustProxy: process.env.TRUST_PROXY === '1',
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  });
  // Overdue cases are escalated and unanswered fixes closed once a minute.
  const stopScheduler = startScheduler(runtime, 60_000);
  server.listen(port, host, () => {
    console.log(`文明共建已启动：http://${host}:${port}`);
    console.log(local.embedded ? `数据库：内置 PostgreSQL（数据在 ${path.join(dataDir, 'pg')}）` : `数据库：${new URL(local.url).host}`);
  });

  // The last request finishes, then the pool closes, then the embedded server shuts down cleanly.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopScheduler();
    server.close();
    server.closeIdleConnections();
    void (async () => {
      const closed = new Promise((resolve) => server.once('close', resolve));
      // A request still running after ten seconds is cut off rather than holding the database open.
      const cutOff = setTimeout(() => server.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(cutOff);
      await database.close().catch(() => undefined);
      await local.stop();
      process.exit(0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}

/** A secret kept beside the data, so sessions survive a restart. */
function sessionSecretIn(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().catch((error) => {
  console.error('启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
