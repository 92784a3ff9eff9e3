import { localWordFilter } from '../../../../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../../../../server/core/files/memory-file-store';
import { systemClock } from '../../../../server/core/clock';
import { findModule } from '../../../../server/modules';
import type { ImportPreview, ImportResult } from '../../../../server/modules/places/contracts';
import { createCounty } from '../../../../server/modules/setup/create-county';
import { dispatch } from '../../../../server/runtime/dispatch';
import type { Runtime } from '../../../../server/runtime/runtime';
import { data } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

/**
 * Issue 13's size: a county's 10,000 households, 4 片区 × 5 communities × 25
 * buildings × 4 units × 5 rooms, as its sheet lists them. How fast is the
 * bench's question (`bench/places-import.ts`); here, that it is all there,
 * once.
 */
const HEADER = '片区,社区/村,类型,楼栋/组,单元,房号/户';
function countySheet(extraRooms = 0): string {
  const lines = [HEADER];
  for (let c = 1; c <= 20; c++) {
    for (let b = 1; b <= 25; b++) {
      for (let u = 1; u <= 4; u++) {
        for (let r = 1; r <= 5; r++) lines.push(`第${Math.ceil(c / 5)}片区,第${c}社区,社区,${b}号楼,${u}单元,${r}01`);
      }
    }
  }
  // New rooms on a sixth floor of the first community's first building.
  for (let r = 1; r <= extraRooms; r++) lines.push(`第1片区,第1社区,社区,1号楼,1单元,6${String(r).padStart(2, '0')}`);
  return lines.join('\n');
}

const csv = (text: string) => ({ fileName: '全县住户.csv', data: Buffer.from(text, 'utf8').toString('base64') });

async function countsOf(countyId: string) {
  const count = (table: 'areas' | 'communities' | 'buildings' | 'units' | 'households') =>
    t.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('countyId', '=', countyId).executeTakeFirstOrThrow().then((r) => Number(r.n));
  const [areas, communities, buildings, units, households] = await Promise.all([count('areas'), count('communities'), count('buildings'), count('units'), count('households')]);
  return { areas, communities, buildings, units, households };
}

describe('a county\'s 10,000 households from one sheet', () => {
  it('previews and commits all 10,000 households in one go; the same sheet again adds nothing, and a sheet with new rooms adds only those', async () => {
    const runtime: Runtime = { db: t.db, clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
    const created = await t.db.transaction().execute((trx) => createCounty(trx, { name: '万户县', campaignName: '万户县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
    const admin = (module: string, action: string, input: unknown = {}) => dispatch(runtime, findModule(module)!, { action, input }, { openid: `admin-${created.countyId}` }) as never;
    const opened = data<any>(await admin('appointments', 'open', { code: created.adminClaim.code }));
    data(await admin('appointments', 'accept', { invitationId: opened.invitation.id, secret: created.adminClaim.code }));

    const file = csv(countySheet());
    const preview = data<ImportPreview>(await admin('places', 'importPreview', file));
    expect(preview).toMatchObject({ counts: { areas: 4, communities: 20, buildings: 500, units: 2_000, households: 10_000 }, unchanged: 0, refused: [], refusedTotal: 0 });
    // The preview writes nothing.
    expect(await countsOf(created.countyId)).toEqual({ areas: 0, communities: 0, buildings: 0, units: 0, households: 0 });

    const result = data<ImportResult>(await admin('places', 'importCommit', { ...file, digest: preview.digest }));
    expect(result).toEqual({ added: { areas: 4, communities: 20, buildings: 500, units: 2_000, households: 10_000 }, unchanged: 0, skipped: 0 });
    expect(await countsOf(created.countyId)).toEqual({ areas: 4, communities: 20, buildings: 500, units: 2_000, households: 10_000 });

    const again = data<ImportPreview>(await admin('places', 'importPreview', file));
    expect(again).toMatchObject({ counts: { areas: 0, communities: 0, buildings: 0, units: 0, households: 0 }, unchanged: 10_000, refusedTotal: 0 });
    expect(data<ImportResult>(await admin('places', 'importCommit', { ...file, digest: again.digest }))).toEqual({ added: { areas: 0, communities: 0, buildings: 0, units: 0, households: 0 }, unchanged: 10_000, skipped: 0 });
    expect(await countsOf(created.countyId)).toEqual({ areas: 4, communities: 20, buildings: 500, units: 2_000, households: 10_000 });

    const grown = csv(countySheet(12));
    const more = data<ImportPreview>(await admin('places', 'importPreview', grown));
    expect(more).toMatchObject({ counts: { areas: 0, communities: 0, buildings: 0, units: 0, households: 12 }, unchanged: 10_000 });
    expect(data<ImportResult>(await admin('places', 'importCommit', { ...grown, digest: more.digest })).added.households).toBe(12);
    expect(await countsOf(created.countyId)).toEqual({ areas: 4, communities: 20, buildings: 500, units: 2_000, households: 10_012 });
  }, 120_000);
});
