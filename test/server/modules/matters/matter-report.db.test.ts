import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, inboxOf, moveTo, NOISE, raised, SPOT } from './matter-fixtures';

const t = useTestDatabase();

const CAPTAIN_SPOT = { latitude: SPOT.latitude + 0.0003, longitude: SPOT.longitude - 0.0002 };

describe('转为随手拍: a matter that needs a department becomes a report without the resident retyping it', () => {
  it('files a report whose reporter is the resident, with the matter\'s text and photos and the captain\'s place; it appears in the resident\'s 随手拍 list and in the staff\'s queue, and both are told', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county, 'guardian', 2, { kind: 'waste', text: NOISE });
    const photos = (await t.db.selectFrom('buildingMatters').select('photos').where('id', '=', matterId).executeTakeFirstOrThrow()).photos;
    const litter = await categoryId(county, '乱扔垃圾');

    const view = data<any>(await county.as('captain')('matters', 'report', { matterId, categoryId: litter, ...CAPTAIN_SPOT }));
    expect(view).toMatchObject({ status: 'reported', statusLabel: '已转随手拍', actions: [] });
    expect(view.reportId).toEqual(expect.any(String));

    // The resident follows it in their own 随手拍 list.
    const mine = data<any[]>(await county.as('guardian')('reports', 'mine'));
    expect(mine).toEqual([expect.objectContaining({ id: view.reportId, category: '乱扔垃圾', address: '幸福里社区1号楼', status: 'submitted', anonymous: false })]);
    const detail = data<any>(await county.as('guardian')('reports', 'detail', { reportId: view.reportId }));
    expect(detail).toMatchObject({
      isMine: true,
      description: `【楼长转办】${NOISE}`,
      latitude: CAPTAIN_SPOT.latitude,
      longitude: CAPTAIN_SPOT.longitude,
      beforePhotos: photos,
      community: '幸福里社区',
    });
    expect(detail.timeline[0]).toMatchObject({ type: 'submitted', by: '反映人', note: '楼长把居民反映的楼栋事务转为随手拍' });

    // 孙丽 finds it among the cases waiting for her, with a photo and the text.
    const waiting = data<any[]>(await county.as('staff')('reports', 'staffQueue', { filter: 'waiting' }));
    expect(waiting).toEqual([expect.objectContaining({ id: view.reportId, description: expect.stringContaining('【楼长转办】'), photo: photos[0], community: '幸福里社区' })]);
    const staffDetail = data<any>(await county.as('staff')('reports', 'detail', { reportId: view.reportId }));
    expect(staffDetail).toMatchObject({ reporter: '王建国', beforePhotos: photos, description: `【楼长转办】${NOISE}` });
    expect(staffDetail.actions).toEqual(expect.arrayContaining(['accept', 'assign']));

    // Both are told: the resident (to their 随手拍) and the staff who review it next.
    expect((await inboxOf(county.as('guardian')))[0]).toMatchObject({ kind: 'matter', title: '您反映的事楼长已转为随手拍', link: `/features/reports/pages/detail/index?id=${view.reportId}` });
    expect((await inboxOf(county.as('staff')))[0]).toMatchObject({ kind: 'matter', title: '1号楼的楼栋事务已转为随手拍', link: `/features/reports/pages/detail/index?id=${view.reportId}` });

    // The resident's matter says where it went.
    expect(data<any>(await county.as('guardian')('matters', 'detail', { matterId }))).toMatchObject({ status: 'reported', reportId: view.reportId });
    // It did not use up any of the resident's 20 reports a day.
    expect(await t.db.selectFrom('reportDailyCounts').selectAll().where('reporterId', '=', county.people.guardian.userId).execute()).toEqual([]);
  });

  it('uses the address the captain writes instead of the building\'s', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county, 'guardian', 1);
    const view = data<any>(await county.as('captain')('matters', 'report', { matterId, categoryId: await categoryId(county, '乱扔垃圾'), ...SPOT, address: '幸福里社区1号楼北侧垃圾站' }));
    const report = await t.db.selectFrom('reports').selectAll().where('id', '=', view.reportId).executeTakeFirstOrThrow();
    expect(report.address).toBe('幸福里社区1号楼北侧垃圾站');
  });

  it('keeps the case with the matter\'s community when the resident has moved away meanwhile', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county, 'guardian', 1);
    await moveTo(county, 'guardian', '新华社区/1号楼/1单元/101');
    const view = data<any>(await county.as('captain')('matters', 'report', { matterId, categoryId: await categoryId(county, '乱扔垃圾'), ...SPOT }));
    const report = await t.db.selectFrom('reports').selectAll().where('id', '=', view.reportId).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ communityId: county.communities['幸福里社区'], reporterId: county.people.guardian.userId });
    expect(data<any[]>(await county.as('staff')('reports', 'staffQueue', { filter: 'waiting' })).map((r) => r.id)).toEqual([view.reportId]);
  });

  it('lets community staff turn a matter into a report, marked as the community\'s, and tells the captain', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county, 'guardian', 1);
    const view = data<any>(await county.as('staff')('matters', 'report', { matterId, categoryId: await categoryId(county, '乱扔垃圾'), ...SPOT }));
    const report = await t.db.selectFrom('reports').selectAll().where('id', '=', view.reportId).executeTakeFirstOrThrow();
    expect(report.description).toBe(`【社区转办】${NOISE}`);
    expect((await inboxOf(county.as('captain')))[0]).toMatchObject({ title: '1号楼的楼栋事务已转为随手拍' });
  });

  it('refuses a category that is switched off or unknown, and leaves the matter open with no report', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county, 'guardian', 1);
    const litter = await categoryId(county, '乱扔垃圾');
    await t.db.updateTable('reportCategories').set({ active: false }).where('id', '=', litter).execute();
    expect(errorCode(await county.as('captain')('matters', 'report', { matterId, categoryId: litter, ...SPOT }))).toBe('VALIDATION');
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'open', version: 1, reportId: null });
    expect(await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);
  });

  it('turns a matter with no photos into a report too (the captain\'s report stands on the resident\'s words)', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    const view = data<any>(await county.as('captain')('matters', 'report', { matterId, categoryId: await categoryId(county, '噪音扰民'), ...SPOT }));
    expect(view.status).toBe('reported');
  });
});
