import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, inboxOf, raised, raiseInput, SPOT, uploadPhotos } from './matter-fixtures';

const t = useTestDatabase();

async function secondCaptain(county: Awaited<ReturnType<typeof seedCounty>>) {
  return addPerson(county, '赵楼长', 'captain', 'building', county.buildings['幸福里社区/1号楼']);
}

describe('building matters under races', () => {
  it('creates exactly one matter and tells the captain once when 50 identical raises race with one key', async () => {
    const county = await seedCounty(t.db);
    const input = raiseInput({ photos: await uploadPhotos(county, 'guardian', 2) });
    const results = await Promise.all(Array.from({ length: 50 }, () => county.as('guardian')('matters', 'raise', input)));
    const ids = new Set(results.map((r) => data<any>(r).matterId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => data<any>(r).alreadyRaised === false)).toHaveLength(1);
    const rows = await t.db.selectFrom('buildingMatters').select('id').where('countyId', '=', county.countyId).execute();
    expect(rows).toHaveLength(1);
    expect((await inboxOf(county.as('captain'))).filter((m) => m.kind === 'matter')).toHaveLength(1);
  });

  it('lets only one of two captains answering at once through; the other gets CONFLICT and the resident is told once', async () => {
    const county = await seedCounty(t.db);
    const other = await secondCaptain(county);
    const matterId = await raised(county);
    const [a, b] = await Promise.all([
      county.as('captain')('matters', 'answer', { matterId, text: '我今晚就去楼上说' }),
      other.call('matters', 'answer', { matterId, text: '明天上午我去看看' }),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'answered', version: 2 });
    expect((await inboxOf(county.as('guardian'))).filter((m) => m.title.includes('回复'))).toHaveLength(1);
  });

  it('lets only one of two captains resolving at once through', async () => {
    const county = await seedCounty(t.db);
    const other = await secondCaptain(county);
    const matterId = await raised(county);
    const results = await Promise.all([
      county.as('captain')('matters', 'resolve', { matterId, resolution: '已经和楼上说好了' }),
      other.call('matters', 'resolve', { matterId, resolution: '已经处理好了' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'resolved', version: 2 });
    expect((await inboxOf(county.as('guardian'))).filter((m) => m.title.includes('解决'))).toHaveLength(1);
  });

  it('lets only one of a resolve and a 转为随手拍 at once through, and files no report when the resolve wins', async () => {
    const county = await seedCounty(t.db);
    const other = await secondCaptain(county);
    const matterId = await raised(county, 'guardian', 1);
    const litter = await categoryId(county, '乱扔垃圾');
    const results = await Promise.all([
      county.as('captain')('matters', 'report', { matterId, categoryId: litter, ...SPOT }),
      other.call('matters', 'resolve', { matterId, resolution: '已经处理好了' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    const reports = await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute();
    if (row.status === 'reported') expect(reports.map((r) => r.id)).toEqual([row.reportId]);
    else expect(reports).toEqual([]);
  });

  it('files one report when two captains turn the same matter into a 随手拍 at once', async () => {
    const county = await seedCounty(t.db);
    const other = await secondCaptain(county);
    const matterId = await raised(county, 'guardian', 2);
    const litter = await categoryId(county, '乱扔垃圾');
    const results = await Promise.all([
      county.as('captain')('matters', 'report', { matterId, categoryId: litter, ...SPOT }),
      other.call('matters', 'report', { matterId, categoryId: litter, ...SPOT }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
    const reports = await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute();
    expect(reports).toHaveLength(1);
    const photos = await t.db.selectFrom('reportPhotos').select('fileRef').where('reportId', '=', reports[0].id).execute();
    expect(photos).toHaveLength(2);
  });
});

describe('the conditional update under every step', () => {
  it('refuses a step read before another moved the matter, even where the status would still allow it', async () => {
    const { advanceMatter } = await import('../../../../server/modules/matters/repo');
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    data(await county.as('captain')('matters', 'answer', { matterId, text: '我今晚就去楼上说' }));
    // A resolve that read the matter at version 1 (open) arrives after the answer made it version 2.
    expect(await advanceMatter(t.db, 'resolve', matterId, 1, { status: 'resolved', resolution: '过时的一步', resolvedAt: new Date() })).toBe(false);
    // Read afresh, the same step goes through.
    expect(await advanceMatter(t.db, 'resolve', matterId, 2, { status: 'resolved', resolution: '已经和楼上说好了', resolvedAt: new Date() })).toBe(true);
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'resolved', version: 3, resolution: '已经和楼上说好了' });
  });
});
