import type { Page } from 'playwright-core';
import { createCounty } from '../../server/modules/setup/create-county';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { STORY } from '../server/modules/families/family-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPositionFor } from './support/geo';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

const { app, arrive, open, see, tap } = useAppInBrowser();

/** 青山社区's centre, and its outline: a square of about 2 km. */
const QINGSHAN = { latitude: 28.41, longitude: 113.12 };
const OUTLINE = [
  [
    [QINGSHAN.longitude - 0.01, QINGSHAN.latitude - 0.01],
    [QINGSHAN.longitude + 0.01, QINGSHAN.latitude - 0.01],
    [QINGSHAN.longitude + 0.01, QINGSHAN.latitude + 0.01],
    [QINGSHAN.longitude - 0.01, QINGSHAN.latitude + 0.01],
    [QINGSHAN.longitude - 0.01, QINGSHAN.latitude - 0.01],
  ],
];
const BOUNDARY = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '青山社区' }, geometry: { type: 'Polygon', coordinates: OUTLINE } }] });

/** The county's own spreadsheet: one community, two buildings. */
const SHEET = [
  '片区,社区/村,类型,楼栋/组,单元,房号/户',
  '城东片区,青山社区,社区,1号楼,1单元,101',
  '城东片区,青山社区,社区,1号楼,1单元,102',
  '城东片区,青山社区,社区,2号楼,1单元,101',
].join('\r\n');

const photo = { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const PROBLEM = '青山路口的井盖松了，一踩就响';

/** A newcomer gives their name on 我的资料, as WeChat's nickname box would fill it. */
async function giveName(page: Page, name: string) {
  await open(page, '/features/profile/pages/edit/index');
  await page.locator('input[placeholder="请填写您的姓名"]').filter({ visible: true }).fill(name);
  await tap(page, '保存');
  await see(page, name).waitFor();
}

/** The admin invites someone to a post; the invitation's link is what she forwards in WeChat. */
async function invite(admin: Page, steps: string[], countyId: string): Promise<string> {
  const before = await app().db.selectFrom('invitations').select('id').where('countyId', '=', countyId).execute();
  await open(admin, '/features/appointments/pages/invite/index');
  for (const step of steps) await tap(admin, step);
  await tap(admin, '生成邀请');
  await see(admin, '邀请已生成', { exact: false }).waitFor();
  const made = await app().db.selectFrom('invitations').select(['id', 'token']).where('countyId', '=', countyId).orderBy('createdAt', 'desc').execute();
  const fresh = made.find((m) => !before.some((b) => b.id === m.id));
  if (!fresh) throw new Error('no invitation was made');
  return `/features/appointments/pages/accept/index?t=${fresh.token}&c=${countyId}`;
}

async function accept(link: string, name: string, post: string): Promise<Page> {
  const page = await arrive(link);
  await tap(page, '接受邀请');
  await see(page, '您现在是').waitFor();
  await see(page, post, { exact: false }).waitFor();
  await giveName(page, name);
  return page;
}

async function bind(page: Page, room: string[], relation: string) {
  await open(page, '/features/household/pages/bind/index');
  for (const step of [...room, relation]) await tap(page, step);
  await tap(page, '提交申请');
  await open(page, '/pages/mine/index');
  await see(page, '等待楼长审核，通过后会在消息里告诉您').waitFor();
}

async function approveBinding(captain: Page, applicant: string) {
  await open(captain, '/pages/home/index');
  await captain.locator('.home__tile', { has: captain.getByText('绑定审核', { exact: true }) }).filter({ visible: true }).first().click();
  await see(captain, `${applicant} · 申请作为`, { exact: false }).waitFor();
  await tap(captain, '同意');
  await see(captain, /还没有待处理|暂无待处理|没有待审核|都处理完了/).waitFor();
}

describe('a county from nothing, in the browser', () => {
  it('the first admin claims 青山县 with its code, imports a community, appoints its captain and staff; residents bind, report and nominate their family, and each person who must act gets it', async () => {
    // The county as `npm run county -- create` makes it: nothing in it but its texts, and a claim code.
    const created = await createCounty(app().db, { name: '青山县', campaignName: '青山县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli');
    const { countyId } = created;

    // 1. 林静 opens the claim link on her phone and becomes the county's admin.
    const admin = await arrive(created.adminClaim.path);
    await see(admin, '青山县', { exact: false }).waitFor();
    await screenshot(admin, 'county-00-claim');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '接受邀请');
    await see(admin, '您现在是').waitFor();
    await giveName(admin, '林静');

    // 2. She imports the county's spreadsheet of 青山社区 and its outline.
    await open(admin, '/features/places/pages/import/index');
    await admin.locator('input[type=file]').first().setInputFiles({ name: '青山社区.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET, 'utf8') });
    await tap(admin, '导入 3 户');
    await see(admin, '导入完成').waitFor();
    await open(admin, '/features/places/pages/locations/index');
    await admin.locator('input[type=file][aria-label="导入边界文件（GeoJSON）"]').setInputFiles({ name: '边界.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(BOUNDARY) });
    await see(admin, '已导入：青山社区').waitFor();
    await screenshot(admin, 'county-01-boundary');

    // 3. She invites a captain for 1号楼 and the community's staff; each accepts from the forwarded link.
    const captainLink = await invite(admin, ['楼长', '青山社区', '1号楼'], countyId);
    const staffLink = await invite(admin, ['社区工作人员', '青山社区'], countyId);
    const captain = await accept(captainLink, '高明', '青山社区 1号楼 楼长');
    const staff = await accept(staffLink, '何丽', '青山社区 社区工作人员');

    // 4. 马红 scans the county's QR, binds to 1号楼1单元101, and the captain approves her.
    const resident = await arrive(`/pages/home/index?c=${countyId}`, { permissions: ['geolocation'], geolocation: browserPositionFor({ latitude: QINGSHAN.latitude + 0.002, longitude: QINGSHAN.longitude }) });
    await see(resident, '青山县', { exact: false }).waitFor();
    await giveName(resident, '马红');
    await bind(resident, ['青山社区', '1号楼', '1单元', '101'], '业主');
    await approveBinding(captain, '马红');
    await open(resident, '/pages/mine/index');
    await see(resident, '青山社区 1号楼 1单元 101').waitFor();
    await screenshot(resident, 'county-02-resident-bound');

    // 5. She reports a problem where she stands, inside 青山社区: its staff get the case.
    await open(resident, '/pages/home/index');
    await tap(resident, '随手拍');
    await tap(resident, '道路破损');
    await resident.locator('input[type=file][aria-label="添加问题照片"]').setInputFiles(photo);
    await see(resident, '已添加 1 张，最多 9 张').waitFor();
    await tap(resident, '使用当前位置');
    await agreeWhenAsked(resident, '使用您的精确位置');
    await see(resident, '已获取您现在的位置').waitFor();
    await resident.locator('input[placeholder="例如：幸福路18号门口"]').filter({ visible: true }).fill('青山路口');
    await resident.locator('textarea[placeholder="说说是什么问题，例如：路灯不亮已经三天了"]').filter({ visible: true }).fill(PROBLEM);
    await tap(resident, '提交');
    await see(resident, '待受理').waitFor();
    await open(staff, '/pages/mine/index');
    await tap(staff, '案件受理');
    await see(staff, PROBLEM).waitFor();
    await screenshot(staff, 'county-03-staff-queue');

    // 6. Her husband 马强 joins the same home; the county opens its 文明家庭 selection.
    const husband = await arrive(`/pages/home/index?c=${countyId}`);
    await giveName(husband, '马强');
    await bind(husband, ['青山社区', '1号楼', '1单元', '101'], '家庭成员');
    await approveBinding(captain, '马强');
    await open(admin, '/features/families/pages/admin/index');
    await admin.locator('.ct-btn', { hasText: '发起新一届评选' }).filter({ visible: true }).first().click();
    await admin.locator('input[placeholder="例如：2026年度文明家庭评选"]').filter({ visible: true }).fill('2026年度青山县文明家庭评选');
    await admin.locator('textarea[placeholder^="例如：评选的目的"]').filter({ visible: true }).fill('推荐身边和睦、热心、守公约的家庭，居民投票，社区审核。');
    await tap(admin, '发起评选');
    await see(admin, '2026年度青山县文明家庭评选').waitFor();
    // (Nominations open at the next full hour; the test starts them now.)
    await app().db.updateTable('familyCampaigns').set({ nominationStartsAt: new Date(Date.now() - 60_000) }).where('countyId', '=', countyId).execute();

    // 7. 马红 adds their daughter with 马强 as the other guardian; 小花, in child mode, nominates the family.
    await open(resident, '/features/household/pages/children/index');
    await tap(resident, '添加孩子');
    await resident.locator('input[placeholder="例如：小雨"]').filter({ visible: true }).fill('小花');
    await resident.locator('input[type=month]').filter({ visible: true }).fill('2016-04');
    await resident.getByRole('radio', { name: '马强' }).filter({ visible: true }).first().click();
    await resident.locator('.hh-rules + .ct-spread .ct-switch').filter({ visible: true }).click();
    await tap(resident, '添加孩子');
    await see(resident, '小花').waitFor();
    await tap(resident, '交给小花用');
    await see(resident, '你好，小花！').waitFor();
    await tap(resident, '推荐我的家');
    await tap(resident, '推荐我的家庭');
    await resident.locator('input[placeholder="比如：王家"]').filter({ visible: true }).fill('小花的家');
    await resident.locator('textarea[placeholder^="比如：奶奶腿脚不好"]').filter({ visible: true }).fill(STORY);
    await tap(resident, '提交给爸爸妈妈');
    await see(resident, '已经请爸爸妈妈看一看了。他们同意后，就会交给社区审核。').waitFor();

    // 8. 马强, on his own phone, is told and consents: the nomination goes to 青山社区.
    await open(husband, '/pages/inbox/index');
    await see(husband, '马红添加了孩子小花').waitFor();
    await open(husband, '/features/families/pages/consents/index');
    await tap(husband, '小花的家');
    await tap(husband, '同意并提交社区审核');
    await see(husband, '等待社区审核').waitFor();
    await screenshot(husband, 'county-04-consented');

    // Everything above stayed inside 青山县.
    const nomination = await app().db.selectFrom('familyNominations').select(['countyId', 'status', 'nominatorKind']).where('displayName', '=', '小花的家').executeTakeFirstOrThrow();
    expect(nomination).toEqual({ countyId, status: 'submitted', nominatorKind: 'child' });
    const people = await app().db.selectFrom('users').select('name').where('countyId', '=', countyId).orderBy('name').execute();
    expect(people.map((p) => p.name).sort()).toEqual(['何丽', '小花', '林静', '马强', '马红', '高明'].sort());
  });
});
