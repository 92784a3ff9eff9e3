import { randomUUID } from 'node:crypto';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPositionFor } from './support/geo';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';

jest.setTimeout(150_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** 和平社区's outline, a square of about 2 km around its centre. */
const HEPING = { latitude: 28.25, longitude: 112.95 };
const square = (c: typeof HEPING, h: number) => [
  [
    [c.longitude - h, c.latitude - h],
    [c.longitude + h, c.latitude - h],
    [c.longitude + h, c.latitude + h],
    [c.longitude - h, c.latitude + h],
    [c.longitude - h, c.latitude - h],
  ],
];
const GEOJSON = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '和平社区' }, geometry: { type: 'Polygon', coordinates: square(HEPING, 0.01) } }] });
const photo = { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const DESCRIPTION = '和平路上的井盖松了，一踩就响';

describe('随手拍 by place, in the browser', () => {
  it('吴敏 imports 和平社区\'s boundary; 王建国 of 幸福里社区 reports a problem inside it; 和平社区\'s staff get it, and 幸福里\'s do not', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/pages/mine/index');
    await tap(admin, '社区位置');
    await see(admin, '已放到地图上 0 / 4').waitFor();
    await admin.locator('input[type=file][aria-label="导入边界文件（GeoJSON）"]').setInputFiles({ name: '边界.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(GEOJSON) });
    await see(admin, '已导入：和平社区').waitFor();
    await see(admin, '已放到地图上 1 / 4').waitFor();
    await see(admin, '已画边界').waitFor();
    await screenshot(admin, 'locations-00-list');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const heping = app().county.communities['和平社区'];
    // 赵志远 lives in 和平社区; here he is also its 网格员 (as an invitation would have made him).
    await app().db
      .insertInto('roleGrants')
      .values({ id: randomUUID(), countyId: app().county.countyId, userId: app().county.people.volunteer.userId, role: 'staff', scopeType: 'community', scopeId: heping, grantedBy: null })
      .execute();

    const resident = await signIn('王建国', { permissions: ['geolocation'], geolocation: browserPositionFor({ latitude: HEPING.latitude + 0.003, longitude: HEPING.longitude }) });
    await tap(resident, '随手拍');
    await tap(resident, '道路破损');
    await resident.locator('input[type=file][aria-label="添加问题照片"]').setInputFiles(photo);
    await see(resident, '已添加 1 张，最多 9 张').waitFor();
    await tap(resident, '使用当前位置');
    await agreeWhenAsked(resident, '使用您的精确位置');
    await see(resident, '已获取您现在的位置').waitFor();
    await resident.locator('input[placeholder="例如：幸福路18号门口"]').filter({ visible: true }).fill('和平路5号门口');
    await resident.locator('textarea[placeholder="说说是什么问题，例如：路灯不亮已经三天了"]').filter({ visible: true }).fill(DESCRIPTION);
    await tap(resident, '提交');
    await see(resident, '待受理').waitFor();

    const report = await app().db.selectFrom('reports').select('communityId').where('countyId', '=', app().county.countyId).where('description', '=', DESCRIPTION).executeTakeFirstOrThrow();
    expect(report.communityId).toBe(heping);
    const hepingStaff = await signIn('赵志远');
    await open(hepingStaff, '/pages/mine/index');
    await tap(hepingStaff, '案件受理');
    await see(hepingStaff, DESCRIPTION).waitFor();
    await screenshot(hepingStaff, 'locations-01-heping-queue');

    const xingfu = await signIn('孙丽');
    await open(xingfu, '/pages/mine/index');
    await tap(xingfu, '案件受理');
    await see(xingfu, '都处理完了，没有待受理的问题').waitFor();
  });

  it('吴敏 adds the county\'s practice centre where she stands, after being told the name is missing', async () => {
    const admin = await signIn('吴敏', { permissions: ['geolocation'], geolocation: browserPositionFor(HEPING) });
    await open(admin, '/features/places/pages/stations/index');
    // the demo county's 幸福里 station is there already
    await see(admin, '幸福里新时代文明实践站').waitFor();
    await tap(admin, '添加');
    await see(admin, '请填写名称').waitFor();
    await admin.locator('input[placeholder="例如：和平社区新时代文明实践站"]').filter({ visible: true }).fill('青禾县新时代文明实践中心');
    await tap(admin, '实践中心');
    await tap(admin, '用我现在的位置');
    await agreeWhenAsked(admin, '使用您的精确位置');
    await see(admin, '已选好位置', { exact: false }).waitFor();
    await tap(admin, '添加');
    await see(admin, '青禾县新时代文明实践中心').waitFor();
    await screenshot(admin, 'stations-00-list');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const rows = await app().db.selectFrom('stations').select(['name', 'kind', 'latitude']).where('countyId', '=', app().county.countyId).where('kind', '=', 'centre').execute();
    expect(rows).toEqual([{ name: '青禾县新时代文明实践中心', kind: 'centre', latitude: expect.closeTo(HEPING.latitude, 5) }]);
  });
});
