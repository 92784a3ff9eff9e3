import { createHash, timingSafeEqual } from 'node:crypto';
import { fail } from '../core/errors';
import { failure, success } from '../core/result';
import { parseInput } from '../core/validation';
import { openDatabase } from '../db/connect';
import { readSchemaState } from '../db/schema-version';
import { newCountyInput } from '../modules/setup/contracts';
import { createCounty } from '../modules/setup/create-county';
import { wxCallerOpenid } from './wx-caller';

const MIN_CODE_LENGTH = 24;
const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The `setup` cloud function: creates a county where no shell can reach the
 * database. It refuses every call from the mini-program and any call without
 * the deployment's SETUP_CODE; the code works once (its hash is recorded with
 * the county it made). It answers the new county's admin claim code.
 */
export function makeSetupMain() {
  return async function main(event: unknown): Promise<unknown> {
    if (wxCallerOpenid()) return failure(fail.forbidden('建县不能由用户调用'));
    const expected = process.env.SETUP_CODE ?? '';
    if (expected.length < MIN_CODE_LENGTH) return failure(fail.forbidden(`建县函数未启用：请给它设置至少 ${MIN_CODE_LENGTH} 个字符的 SETUP_CODE`));
    const { code, ...county } = (event ?? {}) as { code?: unknown } & Record<string, unknown>;
    if (typeof code !== 'string' || !timingSafeEqual(digest(code), digest(expected))) return failure(fail.forbidden('设置码不对'));
    const url = process.env.DATABASE_URL;
    if (!url) return failure(fail.validation('没有设置 DATABASE_URL'));
    const database = await openDatabase({ url, maxConnections: 1 });
    try {
      const input = parseInput(newCountyInput, county);
      if ((await readSchemaState(database.db)).state === 'behind') return failure(fail.closed('数据库还没有迁移到最新：请先运行迁移'));
      const now = new Date();
      const created = await database.db.transaction().execute(async (trx) => {
        const made = await createCounty(trx, input, now, 'setup-function');
        // The code's one use: a second call (or a racing one) meets the key and its county is rolled back.
        const used = await trx
          .insertInto('setupUses')
          .values({ codeHash: digest(code).toString('hex'), countyId: made.countyId, usedAt: now })
          .onConflict((oc) => oc.column('codeHash').doNothing())
          .returning('codeHash')
          .executeTakeFirst();
        if (!used) throw fail.forbidden('这个设置码已经用过了：要再建一个县，请换一个 SETUP_CODE');
        return made;
      });
      return success({ countyId: created.countyId, adminClaimCode: created.adminClaim.code, adminClaimPath: created.adminClaim.path, expiresAt: created.adminClaim.expiresAt.toISOString() });
    } catch (error) {
      return failure(error);
    } finally {
      await database.close();
    }
  };
}
