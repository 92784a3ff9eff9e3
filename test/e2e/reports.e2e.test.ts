import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPositionFor } from './support/geo';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';

jest.setTimeout(180_000);

const { signIn, open, see, tap } = useAppInBrowser();

const photo = { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const DESCRIPTION = '路口垃圾堆了三天，没人清理，味道很大';

async function attachPhoto(page: Page, label: string) {
  await page.locator(`input[type=file][aria-label="${label}"]`).setInputFiles(photo);
  await see(page, '已添加 1 张，最多 9 张').waitFor();
}

describe('随手拍: from a resident\'s photo to a fixed, confirmed and rated case', () => {
  it('a resident reports with a photo → staff accept and assign → the handler fixes with a photo → the resident confirms and rates → the scoreboard counts it', async () => {
    // 王建国 lives in 幸福里社区, so its staff review what he reports.
    const resident = await signIn('王建国', { permissions: ['geolocation'], geolocation: browserPositionFor({ latitude: 28.2295, longitude: 112.9402 }) });
    await tap(resident, '随手拍');
    await tap(resident, '乱扔垃圾');
    await attachPhoto(resident, '添加问题照片');
    await tap(resident, '使用当前位置');
    // The first 定位 asks, on its own sheet, for his consent to the app using his precise position.
    await screenshot(resident, 'r00-location-consent');
    await agreeWhenAsked(resident, '使用您的精确位置');
    await see(resident, '已获取您现在的位置').waitFor();
    await resident.locator('input[placeholder="例如：幸福路18号门口"]').filter({ visible: true }).fill('幸福路18号门口');
    await resident.locator('textarea[placeholder="说说是什么问题，例如：路灯不亮已经三天了"]').filter({ visible: true }).fill(DESCRIPTION);
    await screenshot(resident, 'r01-report-form');
    await tap(resident, '提交');
    await see(resident, '办理过程').waitFor();
    await see(resident, '待受理').waitFor();
    const detailPath = new URL(resident.url()).hash.slice(1);
    expect(detailPath).toMatch(/^\/features\/reports\/pages\/detail\/index\?id=[0-9a-f-]{36}$/);

    // 孙丽, 幸福里社区's staff: accept and assign with the routing rule's defaults.
    const staff = await signIn('孙丽');
    await open(staff, '/pages/mine/index');
    await tap(staff, '案件受理');
    await tap(staff, DESCRIPTION);
    await tap(staff, '受理并派单');
    await see(staff, '县城市管理局', { exact: false }).waitFor();
    await screenshot(staff, 'r02-assign-sheet');
    await tap(staff, '确认派单');
    await see(staff, '已派单').waitFor();

    // 周强 of 县城市管理局 starts, then fixes with an after photo.
    const handler = await signIn('周强');
    await open(handler, '/pages/mine/index');
    await tap(handler, '我的工单');
    await tap(handler, DESCRIPTION);
    await tap(handler, '开始处理');
    await see(handler, '处理中').waitFor();
    await handler.locator('textarea[placeholder="例如：已清理垃圾，并在路口增设了垃圾桶"]').filter({ visible: true }).fill('已清理垃圾，并在路口增设了垃圾桶');
    await attachPhoto(handler, '添加整改后照片');
    await tap(handler, '提交整改结果');
    await see(handler, '已整改').waitFor();

    // The resident sees it fixed, confirms and rates five stars.
    await open(resident, detailPath);
    await see(resident, '已整改').waitFor();
    await see(resident, '县城市管理局').waitFor();
    await screenshot(resident, 'r03-fixed');
    await tap(resident, '确认整改');
    await see(resident, '已办结').waitFor();
    await resident.getByRole('radio', { name: /^5星/ }).filter({ visible: true }).click();
    await tap(resident, '提交评价');
    await see(resident, '满意度评价').waitFor();
    await screenshot(resident, 'r04-rated');
    expect(await seriousA11yViolations(resident)).toEqual([]);

    // The command centre's scoreboard counts it: received 1, fixed 1, on time 1, satisfaction 5.0.
    const admin = await signIn('吴敏');
    await open(admin, '/pages/mine/index');
    await tap(admin, '指挥中心');
    const table = admin.getByRole('table', { name: '各单位办理情况' }).filter({ visible: true });
    const row = table.getByRole('row').filter({ hasText: '县城市管理局' });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/县城市管理局 1 1 1 0 \S+ 5\.0/);
    await screenshot(admin, 'r05-scoreboard');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    // Everyone can see the fix in the gallery, before and after, and the unit's record beside the others'.
    await open(resident, '/features/reports/pages/gallery/index');
    await see(resident, '幸福路18号门口', { exact: false }).waitFor();
    await tap(resident, '看各单位办理情况');
    const board = resident.getByRole('table', { name: '各单位办理情况' }).filter({ visible: true });
    const theirs = board.getByRole('row').filter({ hasText: '县城市管理局' });
    await theirs.waitFor();
    expect((await theirs.innerText()).replace(/\s+/g, ' ')).toMatch(/县城市管理局 1 1 1 0 \S+ 5\.0/);
    await screenshot(resident, 'r06-departments-public');
    expect(await seriousA11yViolations(resident)).toEqual([]);
  });
});
