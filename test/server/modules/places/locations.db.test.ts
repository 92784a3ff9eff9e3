import { addPerson, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, reportInput, SPOT } from '../reports/report-fixtures';

const t = useTestDatabase();

/** A square around `centre`, `half` degrees each way, as the admin taps it on the map. */
function taps(centre: { latitude: number; longitude: number }, half: number) {
  return [
    { latitude: centre.latitude - half, longitude: centre.longitude - half },
    { latitude: centre.latitude - half, longitude: centre.longitude + half },
    { latitude: centre.latitude + half, longitude: centre.longitude + half },
    { latitude: centre.latitude + half, longitude: centre.longitude - half },
  ];
}

const HEPING = { latitude: 29.6, longitude: 106.6 };
const XINHUA = { latitude: 29.5, longitude: 106.4 };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
const square = (c: { latitude: number; longitude: number }, h: number) => [
  [
    [c.longitude - h, c.latitude - h],
    [c.longitude + h, c.latitude - h],
    [c.longitude + h, c.latitude + h],
    [c.longitude - h, c.latitude + h],
    [c.longitude - h, c.latitude - h],
  ],
];

async function report(county: TestCounty, at: { latitude: number; longitude: number }, person: 'guardian' | 'resident' = 'guardian') {
  const input = await reportInput(county, person, await categoryId(county, '乱扔垃圾'), at);
  const { reportId } = data<{ reportId: string }>(await county.as(person)('reports', 'submit', input));
  const row = await t.db.selectFrom('reports').select(['communityId', 'areaId']).where('id', '=', reportId).executeTakeFirstOrThrow();
  const event = await t.db.selectFrom('reportEvents').select('data').where('reportId', '=', reportId).where('seq', '=', 1).executeTakeFirstOrThrow();
  return { reportId, ...row, locatedBy: (event.data as { locatedBy: string | null }).locatedBy };
}

async function areaOf(communityId: string) {
  return (await t.db.selectFrom('communities').select('areaId').where('id', '=', communityId).executeTakeFirstOrThrow()).areaId;
}

describe('a 随手拍 report goes where the problem is, not where the reporter lives', () => {
  it('goes to the community whose boundary holds its point, and into that community\'s staff queue, not the home community\'s', async () => {
    const county = await seedCounty(t.db);
    const heping = county.communities['和平社区'];
    data(await county.as('admin')('places', 'setCommunityBoundary', { communityId: heping, points: taps(HEPING, 0.01) }));
    const hepingStaff = await addPerson(county, '刘芳', 'staff', 'community', heping);

    // 王建国 lives in 幸福里社区 and reports a problem inside 和平社区.
    const r = await report(county, { latitude: HEPING.latitude + 0.005, longitude: HEPING.longitude });
    expect(r).toMatchObject({ communityId: heping, areaId: await areaOf(heping), locatedBy: 'boundary' });
    const theirs = data<{ id: string }[]>(await hepingStaff.call('reports', 'staffQueue', { filter: 'waiting' }));
    expect(theirs.map((c) => c.id)).toEqual([r.reportId]);
    const home = data<{ id: string }[]>(await county.as('staff')('reports', 'staffQueue', { filter: 'waiting' }));
    expect(home.map((c) => c.id)).toEqual([]);
  });

  it('goes to the nearest community centre when no boundary holds it, also for a reporter with no home', async () => {
    const county = await seedCounty(t.db);
    const xinhua = county.communities['新华社区'];
    data(await county.as('admin')('places', 'setCommunityPoint', { communityId: xinhua, ...XINHUA }));
    data(await county.as('admin')('places', 'setCommunityPoint', { communityId: county.communities['和平社区'], ...HEPING }));
    // 张秀兰 has not bound a home yet: her report is no longer left without a community.
    const r = await report(county, { latitude: XINHUA.latitude + 0.01, longitude: XINHUA.longitude }, 'resident');
    expect(r).toMatchObject({ communityId: xinhua, areaId: await areaOf(xinhua), locatedBy: 'nearest' });
  });

  it('falls back to the reporter\'s home when the county has placed no community within 20 km', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('places', 'setCommunityPoint', { communityId: county.communities['和平社区'], latitude: SPOT.latitude + 0.3, longitude: SPOT.longitude }));
    const r = await report(county, SPOT);
    expect(r).toMatchObject({ communityId: county.communities['幸福里社区'], locatedBy: 'home' });
    const homeless = await report(county, SPOT, 'resident');
    expect(homeless).toMatchObject({ communityId: null, areaId: null, locatedBy: null });
  });
});

describe('the admin places communities on the map', () => {
  it('imports boundaries from GeoJSON by community name, and a report inside one then goes there', async () => {
    const county = await seedCounty(t.db);
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '新华社区' }, geometry: { type: 'Polygon', coordinates: square(XINHUA, 0.01) } },
        { type: 'Feature', properties: { 名称: '柳树村' }, geometry: { type: 'MultiPolygon', coordinates: [square({ latitude: 29.4, longitude: 106.3 }, 0.02)] } },
      ],
    };
    const result = data<any>(await county.as('admin')('places', 'importBoundaries', { fileName: '边界.geojson', data: b64(file) }));
    expect(result).toEqual({ updated: 2, names: ['新华社区', '柳树村'] });
    const located = data<any[]>(await county.as('admin')('places', 'locations'));
    expect(located.filter((c) => c.hasBoundary).map((c) => c.name).sort()).toEqual(['新华社区', '柳树村'].sort());
    // A boundary without a map point gives the community one, in its middle.
    expect(located.find((c) => c.name === '柳树村')).toMatchObject({ latitude: expect.closeTo(29.4, 6), longitude: expect.closeTo(106.3, 6) });
    const r = await report(county, { latitude: 29.405, longitude: 106.31 });
    expect(r).toMatchObject({ communityId: county.communities['柳树村'], locatedBy: 'boundary' });
    const map = data<any>(await county.as('admin')('places', 'community', { communityId: county.communities['新华社区'] }));
    expect(map.outlines).toHaveLength(1);
    expect(map.outlines[0]).toHaveLength(4);
  });

  it('refuses a whole GeoJSON file when one feature names no community of the county or has no polygon, listing each, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const file = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '新华社区' }, geometry: { type: 'Polygon', coordinates: square(XINHUA, 0.01) } },
        { type: 'Feature', properties: { name: '新华小区' }, geometry: { type: 'Polygon', coordinates: square(XINHUA, 0.01) } },
        { type: 'Feature', properties: { name: '柳树村' }, geometry: { type: 'Point', coordinates: [106.3, 29.4] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(XINHUA, 0.01) } },
      ],
    };
    const refused = await county.as('admin')('places', 'importBoundaries', { fileName: '边界.geojson', data: b64(file) });
    expect(errorCode(refused)).toBe('VALIDATION');
    expect((refused as any).error.details.map((d: any) => d.message)).toEqual([
      '第2个（新华小区）：县里没有叫“新华小区”的社区（村）',
      '第3个（柳树村）：边界要是多边形（Polygon 或 MultiPolygon）',
      '第4个：没有写社区（村）名称（properties.name）',
    ]);
    expect(errorCode(await county.as('admin')('places', 'importBoundaries', { fileName: '边界.geojson', data: Buffer.from('{not json').toString('base64') }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('places', 'importBoundaries', { fileName: '边界.xlsx', data: b64(file) }))).toBe('VALIDATION');
    const withBoundary = await t.db.selectFrom('communities').select('id').where('countyId', '=', county.countyId).where('boundary', 'is not', null).execute();
    expect(withBoundary).toEqual([]);
  });

  it('lets only the county\'s admins place communities, and only their own county\'s', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const heping = county.communities['和平社区'];
    const stationsBefore = await t.db.selectFrom('stations').select('id').where('countyId', '=', county.countyId).execute();
    for (const person of ['staff', 'captain', 'resident', 'handler'] as const) {
      expect(errorCode(await county.as(person)('places', 'setCommunityPoint', { communityId: heping, ...HEPING }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('places', 'setCommunityBoundary', { communityId: heping, points: taps(HEPING, 0.01) }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('places', 'importBoundaries', { fileName: 'a.geojson', data: b64({}) }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('places', 'locations'))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('places', 'addStation', { name: '和平社区新时代文明实践站', kind: 'station', ...HEPING }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await other.as('admin')('places', 'setCommunityPoint', { communityId: heping, ...HEPING }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('admin')('places', 'setCommunityBoundary', { communityId: heping, points: taps(HEPING, 0.01) }))).toBe('NOT_FOUND');
    const row = await t.db.selectFrom('communities').select(['latitude', 'boundary']).where('id', '=', heping).executeTakeFirstOrThrow();
    expect(row).toEqual({ latitude: null, boundary: null });
    expect(await t.db.selectFrom('stations').select('id').where('countyId', '=', county.countyId).execute()).toEqual(stationsBefore);
  });

  it('takes a boundary away, and refuses an outline of fewer than three points', async () => {
    const county = await seedCounty(t.db);
    const heping = county.communities['和平社区'];
    expect(errorCode(await county.as('admin')('places', 'setCommunityBoundary', { communityId: heping, points: taps(HEPING, 0.01).slice(0, 2) }))).toBe('VALIDATION');
    data(await county.as('admin')('places', 'setCommunityBoundary', { communityId: heping, points: taps(HEPING, 0.01) }));
    data(await county.as('admin')('places', 'setCommunityBoundary', { communityId: heping, points: null }));
    const row = await t.db.selectFrom('communities').select(['boundary', 'boxMinLat']).where('id', '=', heping).executeTakeFirstOrThrow();
    expect(row).toEqual({ boundary: null, boxMinLat: null });
  });
});

describe('practice stations', () => {
  it('the admin adds the county\'s centre and a community\'s station with their points; anyone signed in finds them; a name twice is refused; one is removed', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('places', 'addStation', { name: '青禾县新时代文明实践中心', kind: 'centre', address: '人民路1号', ...XINHUA }));
    const station = data<any>(
      await county.as('admin')('places', 'addStation', { name: '和平社区新时代文明实践站', kind: 'station', communityId: county.communities['和平社区'], ...HEPING }),
    );
    expect(station).toMatchObject({ communityName: '和平社区', address: '' });
    expect(errorCode(await county.as('admin')('places', 'addStation', { name: '和平社区新时代文明实践站', kind: 'station', ...HEPING }))).toBe('CONFLICT');
    // (the demo county's own station, 幸福里's, is there too)
    const seen = data<any[]>(await county.as('resident')('places', 'stations'));
    expect(seen.map((s) => [s.kind, s.name])).toEqual(
      expect.arrayContaining([
        ['centre', '青禾县新时代文明实践中心'],
        ['station', '和平社区新时代文明实践站'],
      ]),
    );
    data(await county.as('admin')('places', 'removeStation', { stationId: station.id }));
    expect(data<any[]>(await county.as('resident')('places', 'stations'))).toHaveLength(seen.length - 1);
    expect(errorCode(await county.as('admin')('places', 'removeStation', { stationId: station.id }))).toBe('NOT_FOUND');
  });
});
