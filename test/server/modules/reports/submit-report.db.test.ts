import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, movableClock, reportInput, SPOT, uploadPhotos, written } from './report-fixtures';

const t = useTestDatabase();

describe('submitting a 随手拍 report', () => {
  it('lets a resident report with photos and a place, and shows it in their own list', async () => {
    const county = await seedCounty(t.db);
    const litter = await categoryId(county, '乱扔垃圾');
    const photos = await uploadPhotos(county, 'guardian', 3);
    const result = data<any>(await county.as('guardian')('reports', 'submit', { ...(await reportInput(county, 'guardian', litter)), photos }));
    expect(result).toMatchObject({ status: 'submitted', alreadySubmitted: false });

    const mine = data<any[]>(await county.as('guardian')('reports', 'mine'));
    expect(mine).toEqual([
      expect.objectContaining({ id: result.reportId, category: '乱扔垃圾', address: '幸福里社区1号楼东侧人行道', status: 'submitted', statusLabel: '待受理' }),
    ]);

    const row = await t.db.selectFrom('reports').selectAll().where('id', '=', result.reportId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ latitude: SPOT.latitude, longitude: SPOT.longitude, version: 1, communityId: county.communities['幸福里社区'] });
    expect(row.areaId).not.toBeNull();
    const stored = await t.db.selectFrom('reportPhotos').select(['fileRef', 'stage', 'sort']).where('reportId', '=', result.reportId).orderBy('sort').execute();
    expect(stored).toEqual(photos.map((fileRef, sort) => ({ fileRef, stage: 'before', sort })));
    const events = await t.db.selectFrom('reportEvents').selectAll().where('reportId', '=', result.reportId).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: 1, type: 'submitted', actorKind: 'resident', actorId: county.people.guardian.userId });
    // The routing rule's proposal is kept for staff: littering goes to 城管, 24 h.
    expect(events[0].data).toMatchObject({ routed: { departmentId: county.departments['县城市管理局'], deadlineHours: 24 } });

    // Others do not see it among their own.
    expect(data<any[]>(await county.as('resident')('reports', 'mine'))).toEqual([]);
  });

  it('creates exactly one report and moves the daily count by one when 50 identical submits race with one key', async () => {
    const county = await seedCounty(t.db);
    const input = await reportInput(county, 'resident', await categoryId(county, '占道经营'));
    const results = await Promise.all(Array.from({ length: 50 }, () => county.as('resident')('reports', 'submit', input)));
    const ids = new Set(results.map((r) => data<any>(r).reportId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => data<any>(r).alreadySubmitted === false)).toHaveLength(1);
    const after = await written(t.db, county.countyId);
    expect(after).toMatchObject({ reports: 1, events: 1, photos: 2 });
    expect(after.days.map((d) => d.count)).toEqual([1]);
  });

  it('returns the first report to a retry with the same key, without counting it again', async () => {
    const county = await seedCounty(t.db);
    const input = await reportInput(county, 'resident', await categoryId(county, '其他'));
    const first = data<any>(await county.as('resident')('reports', 'submit', input));
    const again = data<any>(await county.as('resident')('reports', 'submit', { ...input, description: '重试时改了一点描述内容' }));
    expect(again).toEqual({ ...first, alreadySubmitted: true });
    expect((await written(t.db, county.countyId)).days.map((d) => d.count)).toEqual([1]);
  });

  it('refuses the 21st report of a Beijing day with RATE_LIMITED and writes nothing, and allows it the next Beijing day', async () => {
    // 23:30 in Beijing on 3 March (15:30 UTC).
    const time = movableClock('2025-03-03T15:30:00.000Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const noise = await categoryId(county, '噪音扰民');
    for (let i = 0; i < 20; i++) data(await county.as('resident')('reports', 'submit', await reportInput(county, 'resident', noise)));
    const before = await written(t.db, county.countyId);
    expect(before.days).toEqual([{ day: '2025-03-03', count: 20 }]);

    const refused = await county.as('resident')('reports', 'submit', await reportInput(county, 'resident', noise));
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.ok ? '' : refused.error.message).toBe('今天已经提交了20条随手拍，明天再来吧');
    expect(await written(t.db, county.countyId)).toEqual(before);

    // Someone else is not limited by it.
    data(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', noise)));

    // 00:10 on 4 March in Beijing (still 3 March in UTC): a new day.
    time.set('2025-03-03T16:10:00.000Z');
    const next = data<any>(await county.as('resident')('reports', 'submit', await reportInput(county, 'resident', noise)));
    expect(next.alreadySubmitted).toBe(false);
    const after = await t.db
      .selectFrom('reportDailyCounts')
      .select(['day', 'count'])
      .where('reporterId', '=', county.people.resident.userId)
      .orderBy('day')
      .execute();
    expect(after).toEqual([
      { day: '2025-03-03', count: 20 },
      { day: '2025-03-04', count: 1 },
    ]);
  });

  it.each([
    ['no photos', { photos: [] }, 'photos'],
    ['10 photos', { photos: Array.from({ length: 10 }, (_, i) => `p${i}`) }, 'photos'],
    ['latitude 200', { latitude: 200 }, 'latitude'],
    ['a blocked word in the description', { description: '这里有人聚众赌博，天天吵闹' }, 'description'],
    ['a description of 4 characters', { description: '有垃圾啊' }, 'description'],
    ['an idempotency key that is no uuid', { idempotencyKey: 'abc' }, 'idempotencyKey'],
  ])('refuses %s as VALIDATION and writes nothing', async (_label, overrides, field) => {
    const county = await seedCounty(t.db);
    const input = await reportInput(county, 'resident', await categoryId(county, '杂物堆放'), overrides);
    const result = await county.as('resident')('reports', 'submit', input);
    expect(errorCode(result)).toBe('VALIDATION');
    expect(result.ok ? [] : result.error.details?.map((d) => d.field)).toContain(field);
    expect(await written(t.db, county.countyId)).toEqual({ reports: 0, events: 0, photos: 0, followers: 0, days: [] });
  });

  it('refuses a category of another county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const result = await county.as('resident')('reports', 'submit', await reportInput(county, 'resident', await categoryId(other, '乱扔垃圾')));
    expect(errorCode(result)).toBe('VALIDATION');
    expect((await written(t.db, county.countyId)).reports).toBe(0);
    expect((await written(t.db, other.countyId)).reports).toBe(0);
  });

  it('lists the categories of the caller\'s county in their order', async () => {
    const county = await seedCounty(t.db);
    const names = data<any[]>(await county.as('resident')('reports', 'categories')).map((c) => c.name);
    expect(names).toEqual([
      '乱扔垃圾',
      '小广告/乱张贴',
      '违章停车',
      '占道经营',
      '杂物堆放',
      '道路破损',
      '设施损坏（路灯、护栏、公厕）',
      '违章搭建',
      '交通不文明',
      '噪音扰民',
      '其他',
    ]);
  });
});

describe('photos on a report', () => {
  it("refuses a photo someone else uploaded, and a made-up ref, as FORBIDDEN and writes nothing", async () => {
    const county = await seedCounty(t.db);
    const category = await categoryId(county, '乱扔垃圾');
    const theirs = await uploadPhotos(county, 'guardian', 1);
    for (const photos of [theirs, ['/files/00000000-0000-0000-0000-000000000000.jpg']]) {
      const result = await county.as('resident')('reports', 'submit', await reportInput(county, 'resident', category, { photos }));
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    expect((await written(t.db, county.countyId)).reports).toBe(0);
  });

  it('accepts only real images, whatever the client calls them', async () => {
    const county = await seedCounty(t.db);
    const notAnImage = Buffer.from('<script>alert(1)</script> pretending to be a photo').toString('base64');
    expect(errorCode(await county.as('resident')('files', 'upload', { data: notAnImage }))).toBe('VALIDATION');
    expect(await t.db.selectFrom('uploads').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);
  });
});
