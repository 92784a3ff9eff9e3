/** Helpers for the 督查暗访 integration tests (not a test file itself). */
import { data, TestCounty } from '../../../support/app';
import { uploadPhotos } from '../reports/report-fixtures';

/** 幸福里农贸市场's spot. */
export const MARKET = { latitude: 34.8235, longitude: 114.8121 };

/** A round of one site (幸福里农贸市场 by default) for the demo inspector, made by the admin. */
export async function roundWith(county: TestCounty, options: { title?: string; site?: string; teams?: string[][]; fixHours?: number } = {}): Promise<string> {
  const site = county.inspectionSites[options.site ?? '幸福里农贸市场'];
  const made = data<{ id: string }>(
    await county.as('admin')('inspections', 'createRound', {
      title: options.title ?? '第四季度暗访',
      kind: 'quarterly',
      fixHours: options.fixHours ?? 72,
      siteIds: [site],
      teams: options.teams ?? [[county.people.inspector.userId]],
    }),
  );
  return made.id;
}

/** The site's form as the inspector opens it. */
export async function formOf(county: TestCounty, roundId: string, site = '幸福里农贸市场', as: Parameters<TestCounty['as']>[0] = 'inspector') {
  return data<any>(await county.as(as)('inspections', 'siteForm', { roundId, siteId: county.inspectionSites[site] }));
}

/**
 * The inspector's answers: the first `fails` items failed (each with a photo
 * the inspector uploaded), the rest passed; the inspector has agreed to the
 * app using their precise location.
 */
export async function answers(county: TestCounty, roundId: string, fails: number, options: { site?: string; as?: 'inspector' } = {}) {
  const form = await formOf(county, roundId, options.site);
  data(await county.as('inspector')('privacy', 'consent', { purpose: 'precise_location' }));
  const photos = fails ? await uploadPhotos(county, 'inspector', fails) : [];
  return {
    roundId,
    siteId: form.site.id,
    checklistId: form.checklist.id,
    ...MARKET,
    items: form.checklist.items.map((item: any, i: number) => (i < fails ? { sort: item.sort, passed: false, note: '通道有积水', photo: photos[i] } : { sort: item.sort, passed: true })),
  };
}

export async function countsOf(county: TestCounty) {
  const db = county.runtime.db;
  const n = async (table: 'inspections' | 'inspectionResults' | 'reports' | 'reportEvents' | 'reportPhotos') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('countyId', '=', county.countyId).executeTakeFirstOrThrow()).n);
  return { inspections: await n('inspections'), results: await n('inspectionResults'), reports: await n('reports'), events: await n('reportEvents'), photos: await n('reportPhotos') };
}
