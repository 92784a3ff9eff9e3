import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';
import { smallTouchTargets } from './support/targets';

jest.setTimeout(300_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** The phone of the brief: 375×812. */
const PHONE = { viewport: { width: 375, height: 812 } };

/**
 * The month before today as the counters hold it (the demo has no reports):
 * 随手拍 in, fixed and overdue in 城东片区 on each of the 29 days before today,
 * so that 问题走势 has something to draw.
 */
async function aMonthOfReports() {
  const { db, county } = app();
  await sql`insert into dashboard_daily_counts (county_id, area_id, day, metric, amount)
    select ${county.countyId}::uuid, ${county.areas['城东片区']}::uuid, (now() at time zone 'Asia/Shanghai')::date - d, m.metric, m.amount
    from generate_series(1, 29) d,
    lateral (values ('reports_in', 2 + (d * 7) % 6), ('reports_fixed', 1 + (d * 5) % 4), ('reports_overdue', (d % 7) / 5)) m(metric, amount)
    where m.amount > 0`.execute(db);
}

async function largeText(page: Page) {
  await open(page, '/pages/home/index');
  await page.locator('.ct-switch').filter({ visible: true }).first().click();
}

describe('全县每日情况: the command centre dashboard', () => {
  it('a resident signs the convention → the command centre sees today’s signer, written as a number, for the county, 片区 by 片区 (未划片区: she has no home yet) and with a 片区 chosen, in normal and large text', async () => {
    // 张秀兰 signs the civic convention.
    const resident = await signIn('张秀兰', PHONE);
    await tap(resident, /阅读并签署《青禾县市民文明公约》/);
    await see(resident, '热爱祖国，热爱青禾', { exact: false }).waitFor();
    await tap(resident, '签署公约');
    await see(resident, '第 1 位签署人').waitFor();

    await aMonthOfReports();

    // 吴敏: 我的 → 指挥中心 → 全县每日情况.
    const admin = await signIn('吴敏', PHONE);
    await open(admin, '/pages/mine/index');
    await tap(admin, '指挥中心');
    await tap(admin, '全县每日情况');
    await see(admin, '全县·14天合计').waitFor();
    const figures = admin.locator('.db-figures').filter({ visible: true }).first();
    await figures.getByText('签署公约').waitFor();
    await screenshot(admin, 'dash-01-overview');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    expect(await smallTouchTargets(admin)).toEqual([]);

    // 问题走势 over 30 days: a column a day for 收到问题, 已整改 and 超期, each said in words.
    await admin.getByRole('radio', { name: '最近30天' }).filter({ visible: true }).first().click();
    await see(admin, '最近30天，每根柱子是一天，最右边是今天。').waitFor();
    const trend = admin.locator('.db-trend').filter({ visible: true }).first();
    expect(await trend.getByRole('img').evaluateAll((charts) => charts.map((c) => (c.getAttribute('aria-label') ?? '').split('：')[0]))).toEqual([
      '收到问题走势',
      '已整改走势',
      '超期走势',
    ]);
    expect(await trend.locator('.db-trend__item').first().locator('.db-trend__col').count()).toBe(30);
    await trend.scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-01a-trend-30-days');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await admin.getByRole('radio', { name: '最近14天' }).filter({ visible: true }).first().click();
    await see(admin, '全县·14天合计').waitFor();

    // 任务进度: the demo's plan rolled up by weight, written as a number beside its bar, and this week's counts.
    const tasks = admin.locator('.db-tasks').filter({ visible: true }).first();
    await tasks.getByText('青禾县创建全国文明城市三年行动方案').waitFor();
    await tasks.getByText(/^总进度：\d+%$/).waitFor();
    await tasks.getByText('逾期').waitFor();
    await tasks.scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-01b-tasks');

    // The signers day by day: today's row says 1.
    await admin.getByRole('radio', { name: '签署公约' }).filter({ visible: true }).first().click();
    const today = admin.getByRole('list', { name: '签署公约，每天' }).filter({ visible: true }).first().getByRole('listitem').first();
    expect(await today.getAttribute('aria-label')).toMatch(/签署公约1人$/);
    await today.scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-02-signers');

    // 片区 by 片区: 张秀兰 has not bound her home yet, so her signature is under 未划片区, and the page says what that is.
    const byArea = admin.getByRole('list', { name: '签署公约，各片区' }).filter({ visible: true }).first();
    await byArea.scrollIntoViewIfNeeded();
    expect(await byArea.getByRole('listitem').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')))).toEqual([
      '城东片区签署公约0人',
      '城西片区签署公约0人',
      '未划片区签署公约1人',
    ]);
    await see(admin, '未划片区：还没有绑定住户的人签署、投票，或者没写社区的志愿服务，只算在全县里。').waitFor();
    await screenshot(admin, 'dash-02b-signers-by-area');

    // One 片区: its own signers (none), not the county's.
    await admin.getByRole('radio', { name: '城西片区' }).filter({ visible: true }).first().click();
    await see(admin, '城西片区·14天合计').waitFor();
    const westToday = admin.getByRole('list', { name: '签署公约，每天' }).filter({ visible: true }).first().getByRole('listitem').first();
    expect(await westToday.getAttribute('aria-label')).toMatch(/签署公约0人$/);

    // 大字模式: the same page still reads.
    await largeText(admin);
    await open(admin, '/features/dashboard/pages/overview/index');
    await see(admin, '全县·14天合计').waitFor();
    await screenshot(admin, 'dash-03-large-text');
    await admin.getByRole('radio', { name: '最近30天' }).filter({ visible: true }).first().click();
    await see(admin, '全县·30天合计').waitFor();
    await admin.locator('.db-trend').filter({ visible: true }).first().scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-03a-large-text-trend');
    await admin.locator('.db-tasks').filter({ visible: true }).first().scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-03b-large-text-tasks');
    await admin.getByRole('radio', { name: '签署公约' }).filter({ visible: true }).first().click();
    await admin.getByRole('list', { name: '签署公约，每天' }).filter({ visible: true }).first().getByRole('listitem').first().scrollIntoViewIfNeeded();
    await screenshot(admin, 'dash-04-large-text-signers');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    expect(await smallTouchTargets(admin)).toEqual([]);
  });
});
