import path from 'node:path';
import { openDatabase } from './connect';
import { dataDirFromEnv, openLocalDatabase } from './local-database';
import { migrateToLatest } from './migrate';
import { readSchemaState } from './schema-version';

/**
 * `npm run migrate`: the only thing that changes the schema. Against
 * MIGRATION_DATABASE_URL or DATABASE_URL (a county's server — directly, not
 * through the pooler), or the embedded server in DATA_DIR.
 */
async function main() {
  const root = path.resolve(__dirname, '../..');
  const env = { ...process.env, DATABASE_URL: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL };
  const local = await openLocalDatabase({ dataDir: dataDirFromEnv(root), log: console.log, env });
  const database = await openDatabase({ url: local.url, maxConnections: 1 });
  try {
    const applied = await migrateToLatest(database.db);
    const state = await readSchemaState(database.db);
    const where = local.embedded ? '内置数据库' : new URL(local.url).host;
    console.log(applied.length ? `数据库迁移（${where}）：已应用 ${applied.join(', ')}` : `数据库迁移（${where}）：已是最新`);
    if (state.state === 'ready' && state.newer.length) console.log(`数据库里还有比这份代码更新的迁移：${state.newer.join(', ')}`);
  } finally {
    await database.close();
    await local.stop();
  }
}

main().catch((error) => {
  console.error('数据库迁移失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
