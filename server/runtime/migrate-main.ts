import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError, fail } from '../core/errors';
import { failure, success } from '../core/result';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { readSchemaState } from '../db/schema-version';
import { wxCallerOpenid } from './wx-caller';

/** A token shorter than this is refused as a setting: the function would be too easy to trigger. */
const MIN_TOKEN_LENGTH = 24;

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The `migrate` cloud function: the production path of `npm run migrate`,
 * deployed and invoked before the other functions (README: 部署顺序). It
 * refuses every call from the mini-program (one that carries a caller) and any
 * call without the deployer's MIGRATE_TOKEN, so no resident can change the
 * schema. It connects directly (MIGRATION_DATABASE_URL), not through the pooler.
 */
export function makeMigrateMain() {
  return async function main(event: unknown): Promise<unknown> {
    if (wxCallerOpenid()) return failure(fail.forbidden('数据库迁移不能由用户调用'));
    const expected = process.env.MIGRATE_TOKEN ?? '';
    if (expected.length < MIN_TOKEN_LENGTH) return failure(fail.forbidden(`迁移函数未启用：请给它设置至少 ${MIN_TOKEN_LENGTH} 个字符的 MIGRATE_TOKEN`));
    const given = (event as { token?: unknown } | null)?.token;
    if (typeof given !== 'string' || !sameSecret(given, expected)) return failure(fail.forbidden('迁移口令不对'));
    const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!url) return failure(fail.validation('没有设置 MIGRATION_DATABASE_URL 或 DATABASE_URL'));
    const database = await openDatabase({ url, maxConnections: 1 });
    try {
      const applied = await migrateToLatest(database.db);
      return success({ applied, schema: await readSchemaState(database.db) });
    } catch (error) {
      console.error('[civic] migrate: failed', error);
      // Only the deployer gets here: they need the reason, not a generic apology.
      return failure(new AppError('INTERNAL', `数据库迁移失败：${error instanceof Error ? error.message : String(error)}`));
    } finally {
      await database.close();
    }
  };
}
