import type { Page } from 'playwright-core';
import { beijingDay } from '../../server/core/clock';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';
import { smallTouchTargets } from './support/targets';

jest.setTimeout(300_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** The phone of the brief: 375×812. */
const PHONE = { viewport: { width: 375, height: 812 } };
const photo = { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const TASK = '幸福里西巷小广告清理';

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });
/** A card by what it says. */
const card = (page: Page, text: string) => page.locator('.ct-card').filter({ hasText: text }).filter({ visible: true }).first();

async function largeText(page: Page) {
  await open(page, '/pages/home/index');
  await page.locator('.ct-switch').filter({ visible: true }).first().click();
}

describe('任务与责任书: from the plan down to a person, and the progress back up', () => {
  it('the admin builds a task for a person → that person reports 50% with a photo → the admin sees the roll-up', async () => {
    // 吴敏 at the command centre: 工作台 → 任务与责任书, the demo county's plan as a tree.
    const admin = await signIn('吴敏', PHONE);
    await tap(admin, '任务与责任书');
    await see(admin, '总体方案：青禾县创建全国文明城市三年行动方案').waitFor();
    // 背街小巷 this month: 周强's two tasks, 20% (weight 1) and 40% (weight 2) → (20 + 80) / 3 = 33%.
    await see(admin, '汇总进度：33%').waitFor();
    await screenshot(admin, 'task-01-plan');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    expect(await smallTouchTargets(admin)).toEqual([]);

    // A person's task under the month's 背街小巷环境整治, for 周强.
    await tap(admin, '＋ 分解个人任务');
    await see(admin, '新建个人任务').waitFor();
    await see(admin, '属于：背街小巷环境整治', { exact: false }).waitFor();
    await visible(admin, 'input[placeholder="例如：幸福里东巷乱堆乱放清理"]').first().fill(TASK);
    await visible(admin, 'input[aria-label="完成期限"]').first().fill(beijingDay(new Date(Date.now() + 3 * 86_400_000)));
    await tap(admin, '县城市管理局');
    await tap(admin, '周强（县城市管理局）');
    await screenshot(admin, 'task-02-new');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '保存个人任务');
    await see(admin, `个人任务：${TASK}`).waitFor();

    // 周强: 工作台 → 我的任务 → the new task → 50% with a photo of the lane.
    const handler = await signIn('周强', PHONE);
    await tap(handler, '我的任务');
    await card(handler, TASK).getByText('汇报进度').click();
    await see(handler, '先选完成了多少').waitFor();
    await tap(handler, '50%');
    await handler.locator('input[type=file][aria-label="添加现场照片"]').setInputFiles(photo);
    await see(handler, '已添加 1 张', { exact: false }).waitFor();
    await screenshot(handler, 'task-03-report');
    expect(await seriousA11yViolations(handler)).toEqual([]);
    // The shared PhotoPicker's remove button (36 px, on the thumbnail) is a known gap of that component, not of this page.
    expect((await smallTouchTargets(handler)).filter((t) => !t.startsWith('删除第'))).toEqual([]);
    await tap(handler, '汇报：完成50%');
    await see(handler, '周强 · ', { exact: false }).waitFor();
    await see(handler, '完成50%', { exact: false }).waitFor();
    const db = app().db;
    const [report] = await db.selectFrom('taskProgress as p').innerJoin('taskNodes as t', 't.id', 'p.taskId').select(['p.percent', 'p.photos']).where('t.title', '=', TASK).execute();
    expect(report.percent).toBe(50);
    expect(report.photos).toHaveLength(1);
    await screenshot(handler, 'task-04-reported');

    // Back at the command centre: the month is now (20 + 80 + 50) / 4 = 37%, the plan (3 × 37.5 + 2 × 0) / 5 = 22%.
    await open(admin, '/features/tasks/pages/plan/index');
    await see(admin, `个人任务：${TASK}`).waitFor();
    await card(admin, TASK).getByText('进度：50%').first().waitFor();
    await see(admin, '汇总进度：37%').waitFor();
    await see(admin, '汇总进度：22%').waitFor();
    await screenshot(admin, 'task-05-rollup');

    // 撤销 the task, with a reason: it stays, marked, with its 50%, and the month reads (20 + 80) / 3 = 33% again.
    await admin.getByLabel(`撤销${TASK}`).click();
    await see(admin, '它已经汇报过进度（50%）', { exact: false }).waitFor();
    await screenshot(admin, 'task-05b-withdraw');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '任务已取消');
    await tap(admin, '确认撤销');
    await see(admin, '撤销原因：任务已取消。不再计入上级进度，汇报记录都保留着。').waitFor();
    await card(admin, TASK).getByText('进度：50%').first().waitFor();
    await see(admin, '汇总进度：33%').waitFor();
    await screenshot(admin, 'task-05c-withdrawn');

    // The unit signs the year's 责任书: its certificate, number 1.
    await open(handler, '/features/tasks/pages/mine/index');
    await tap(handler, '签署本单位目标责任书');
    await tap(handler, '代表县城市管理局签署');
    await see(handler, '目标责任书签署证书').waitFor();
    await see(handler, '第 1 个签署的单位').waitFor();
    await screenshot(handler, 'task-06-letter');
    expect(await seriousA11yViolations(handler)).toEqual([]);

    // The weekly report.
    await open(admin, '/features/tasks/pages/weekly/index');
    await see(admin, '导出表格').waitFor();
    await screenshot(admin, 'task-07-weekly');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    // 大字模式: the plan and the report form still read.
    await largeText(admin);
    await open(admin, '/features/tasks/pages/plan/index');
    await see(admin, '汇总进度：33%').waitFor();
    await see(admin, '撤销原因：任务已取消。不再计入上级进度，汇报记录都保留着。').waitFor();
    await screenshot(admin, 'task-08-plan-large');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await largeText(handler);
    await open(handler, '/features/tasks/pages/mine/index');
    await card(handler, '幸福里东巷乱堆乱放清理').getByText('汇报进度').click();
    await see(handler, '先选完成了多少').waitFor();
    await screenshot(handler, 'task-09-report-large');
    expect(await seriousA11yViolations(handler)).toEqual([]);
  });
});
