import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localFileStore } from '../core/files/local-file-store';
import { seedDemoCounty } from '../db/seed/demo-county';
import { boot } from './bootstrap';
import { createLocalServer } from './local-server';
import { startScheduler } from './scheduler';

/** `npm start`: the H5 app and the API on one port, on PGlite unless DATABASE_URL says otherwise. */
async function main() {
  const root = path.resolve(__dirname, '../..');
  const production = process.env.NODE_ENV === 'production';
  const port = Number(process.env.PORT ?? 10086);
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const filesDir = path.join(dataDir, 'uploads');

  const { runtime } = await boot({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATABASE_URL ? undefined : path.join(dataDir, 'pglite'),
    files: localFileStore(filesDir),
  });

  const counties = await runtime.db.selectFrom('counties').select('id').limit(1).execute();
  if (counties.length === 0 && !production) {
    const seeded = await seedDemoCounty(runtime.db);
    console.log(`已创建演示县（青禾县），县编号 ${seeded.countyId}`);
  }

  const server = createLocalServer({
    runtime,
    staticDir: path.resolve(root, process.env.STATIC_DIR ?? 'dist/h5'),
    filesDir,
    sessionSecret: process.env.SESSION_SECRET ?? sessionSecretIn(dataDir),
    production,
  });
  // Overdue cases are escalated and unanswered fixes closed once a minute.
  startScheduler(runtime, 60_000);
  server.listen(port, host, () => {
    console.log(`文明共建已启动：http://${host}:${port}`);
    if (!process.env.DATABASE_URL) console.log('数据库：嵌入式 PGlite（仅供演示与测试；正式部署请设置 DATABASE_URL）');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
  console.error('启动失败：', error);
  process.exit(1);
});
