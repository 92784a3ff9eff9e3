import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { migrateToLatest } from '../server/db/migrate';
import type { OpenResult } from '../server/modules/appointments/contracts';
import type { ImportPreview, ImportResult } from '../server/modules/places/contracts';
import { findModule } from '../server/modules';
import { createCounty } from '../server/modules/setup/create-county';
import { dispatch } from '../server/runtime/dispatch';
import { onBenchDatabase } from './each-database';
import { heading, verdict } from './format';
import { runtimeOn } from './measure';

/** Issue 13: a county's 10,000 households import in under 30 s on this machine (preview, then commit). */
const BUDGET_SECONDS = 30;
const COMMUNITIES = 20;
const BUILDINGS = 25;
const UNITS = 4;
const ROOMS = 5;

/** 20 communities × 25 buildings × 4 units × 5 rooms: 10,000 households, as a county's sheet lists them. */
function countySheet(): string {
  const lines = ['片区,社区/村,类型,楼栋/组,单元,房号/户'];
  for (let c = 1; c <= COMMUNITIES; c++) {
    for (let b = 1; b <= BUILDINGS; b++) {
      for (let u = 1; u <= UNITS; u++) {
        for (let r = 1; r <= ROOMS; r++) lines.push(`第${Math.ceil(c / 5)}片区,第${c}社区,社区,${b}号楼,${u}单元,${r}01`);
      }
    }
  }
  return lines.join('\n');
}

export async function placesImport(): Promise<void> {
  const households = COMMUNITIES * BUILDINGS * UNITS * ROOMS;
  heading(`places import: ${households.toLocaleString('en-US')} households from a CSV, preview then commit, into a new county (budget ${BUDGET_SECONDS} s)`);
  await onBenchDatabase(async (database, label) => {
    const { db } = database;
    await migrateToLatest(db);
    const created = await db.transaction().execute((trx) => createCounty(trx, { name: '测速县', campaignName: '测速县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
    const runtime = runtimeOn(db);
    const openid = `bench-admin-${randomUUID()}`;
    const call = async <T>(module: string, action: string, input: unknown): Promise<T> => {
      const result = await dispatch(runtime, findModule(module)!, { action, input }, { openid });
      if (!result.ok) throw new Error(`${module}.${action}: ${result.error.message}`);
      return result.data as T;
    };
    const claim = await call<OpenResult & { found: true }>('appointments', 'open', { code: created.adminClaim.code });
    await call('appointments', 'accept', { invitationId: claim.invitation.id, secret: created.adminClaim.code });
    const file = { fileName: '全县住户.csv', data: Buffer.from(countySheet()).toString('base64') };
    const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      const value = await f();
      return [value, (performance.now() - started) / 1000];
    };
    const [preview, previewSeconds] = await timed(() => call<ImportPreview>('places', 'importPreview', file));
    const [result, commitSeconds] = await timed(() => call<ImportResult>('places', 'importCommit', { ...file, digest: preview.digest }));
    const [again, againSeconds] = await timed(async () => {
      const p = await call<ImportPreview>('places', 'importPreview', file);
      return call<ImportResult>('places', 'importCommit', { ...file, digest: p.digest });
    });
    const total = previewSeconds + commitSeconds;
    console.log(label);
    console.log(`  preview ${previewSeconds.toFixed(1)} s, commit ${commitSeconds.toFixed(1)} s: ${result.added.households.toLocaleString('en-US')} households, ${result.added.units} units, ${result.added.buildings} buildings, ${result.added.communities} communities, ${result.added.areas} areas  ${verdict(total < BUDGET_SECONDS)}`);
    console.log(`  the same sheet again (preview and commit): ${againSeconds.toFixed(1)} s, ${again.added.households} added, ${again.unchanged.toLocaleString('en-US')} unchanged`);
  });
}
