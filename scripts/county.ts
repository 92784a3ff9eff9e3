import path from 'node:path';
import { parseInput } from '../server/core/validation';
import { AppError } from '../server/core/errors';
import { openDatabase } from '../server/db/connect';
import { dataDirFromEnv, openLocalDatabase } from '../server/db/local-database';
import { readSchemaState } from '../server/db/schema-version';
import { createAdminClaim } from '../server/modules/appointments/facade';
import { newCountyInput } from '../server/modules/setup/contracts';
import { createCounty } from '../server/modules/setup/create-county';

/**
 * `npm run county -- <command>`: a county's set-up, from a machine that can
 * reach its database (DATABASE_URL, or the embedded one in DATA_DIR).
 *
 *   create --name "…县" --campaign "…创建全国文明城市" --start 2025-03-01 [--slogan "…"]
 *       a new county with its starting texts and teams; prints the admin's one-time claim code
 *   claim-code --county <id>
 *       a fresh admin claim code for the county (the first one expired, or a second admin is needed)
 *   list
 *       the counties on this database, each with its entry path (a county QR:
 *       newcomers who open it join that county)
 */
function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function printClaim(countyName: string, claim: { code: string; path: string; expiresAt: Date }) {
  console.log(`\n${countyName}的管理员认领码：${claim.code}`);
  console.log(`有效期至：${claim.expiresAt.toISOString()}（30 天）`);
  console.log(`小程序路径（分享卡片或二维码）：${claim.path}`);
  console.log('第一位在小程序里打开它（我的 → 输入邀请码）的人成为本县创文办管理员，之后认领码作废。');
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const root = path.resolve(__dirname, '..');
  const local = await openLocalDatabase({ dataDir: dataDirFromEnv(root), log: console.log });
  const database = await openDatabase({ url: local.url, maxConnections: 1 });
  try {
    const schema = await readSchemaState(database.db);
    if (schema.state === 'behind') throw new Error('数据库还没有迁移到最新：请先运行 npm run migrate');
    const now = new Date();
    if (command === 'create') {
      const input = parseInput(newCountyInput, { name: flag(args, 'name'), campaignName: flag(args, 'campaign'), campaignStart: flag(args, 'start'), slogan: flag(args, 'slogan') });
      const created = await database.db.transaction().execute((trx) => createCounty(trx, input, now, 'county-cli'));
      console.log(`已创建${input.name}，县编号 ${created.countyId}`);
      printClaim(input.name, created.adminClaim);
    } else if (command === 'claim-code') {
      const countyId = flag(args, 'county');
      const county = countyId && (await database.db.selectFrom('counties').select(['id', 'name']).where('id', '=', countyId).executeTakeFirst());
      if (!county) throw new Error('没有这个县：用 npm run county -- list 查看县编号');
      printClaim(county.name, await database.db.transaction().execute((trx) => createAdminClaim(trx, county.id, now, 'county-cli')));
    } else if (command === 'list') {
      const counties = await database.db.selectFrom('counties').select(['id', 'name', 'campaignName', 'campaignStart']).orderBy('createdAt').execute();
      for (const c of counties) {
        console.log(`${c.id}  ${c.name}  ${c.campaignName}（${c.campaignStart} 起）`);
        // A newcomer who opens this path (a county QR, a poster) joins this county.
        console.log(`    本县入口（二维码路径）：pages/home/index?c=${c.id}`);
      }
      if (counties.length === 0) console.log('还没有县：npm run county -- create --name … --campaign … --start …');
    } else {
      console.log('用法：npm run county -- create --name "…县" --campaign "…创建全国文明城市" --start 2025-03-01 [--slogan "…"]');
      console.log('      npm run county -- claim-code --county <县编号>');
      console.log('      npm run county -- list');
      process.exitCode = command ? 1 : 0;
    }
  } finally {
    await database.close();
    await local.stop();
  }
}

main().catch((error) => {
  if (error instanceof AppError) console.error(`${error.message}${error.details?.length ? `：${error.details.map((d) => `${d.field} ${d.message}`).join('；')}` : ''}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
