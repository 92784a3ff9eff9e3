import type { Page } from 'playwright-core';
import { monthOf } from '../../server/modules/assessment/domain/scoring';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';
import { smallTouchTargets } from './support/targets';

jest.setTimeout(300_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** The phone of the brief: 375×812. */
const PHONE = { viewport: { width: 375, height: 812 } };
const TITLE = '创建文明城市群众满意度调查';
const month = monthOf(new Date());
const monthText = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

async function choose(page: Page, questionId: string, role: 'radio' | 'checkbox', name: string) {
  await page.locator(`#qa-${questionId}`).filter({ visible: true }).getByRole(role, { name, exact: true }).click();
}

async function largeText(page: Page) {
  await open(page, '/pages/home/index');
  await page.locator('.ct-switch').filter({ visible: true }).first().click();
}

/** One passer-by's answers to the county's survey, entered by the volunteer. */
async function enterPasserBy(page: Page, community: string, rating: string) {
  await page.getByRole('radiogroup', { name: '居民住的社区' }).filter({ visible: true }).getByRole('radio', { name: community, exact: true }).click();
  await choose(page, 'q1', 'radio', '知道一些');
  for (const q of ['q2', 'q3', 'q4']) await choose(page, q, 'radio', rating);
  await choose(page, 'q5', 'radio', '参加过几次');
  await choose(page, 'q6', 'checkbox', '乱停乱放');
}

describe('月度考核 and 代填', () => {
  it('赵志远 enters two passers-by at a crossing → the command centre reviews the month and publishes it → 幸福里社区 staff hear their place and residents see the ranking', async () => {
    const db = app().db;
    // The demo's people's tasks of 城东片区 (one due yesterday, unfinished) would give its communities a 任务完成 figure
    // that depends on the day the test runs (on the 1st, yesterday is last month): this journey is about questionnaires,
    // so they leave the area (任务完成 from an area's tasks: assessment.db.test.ts).
    await db.updateTable('taskNodes').set({ areaId: null }).where('level', '=', 'person').execute();

    // 赵志远, a volunteer: 志愿服务 → 代填问卷; the county's survey, two passers-by of 幸福里社区.
    const volunteer = await signIn('赵志远', PHONE);
    await open(volunteer, '/features/volunteers/pages/home/index');
    await tap(volunteer, '代填问卷');
    await see(volunteer, TITLE).waitFor();
    await see(volunteer, '今天已代填 0 份（每天最多 60 份）').waitFor();
    await enterPasserBy(volunteer, '幸福里社区', '5分，很满意');
    await screenshot(volunteer, 'as-01-proxy');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    expect(await smallTouchTargets(volunteer)).toEqual([]);
    await tap(volunteer, '提交这一份');
    await see(volunteer, '今天已代填 1 份（每天最多 60 份）').waitFor();
    await enterPasserBy(volunteer, '幸福里社区', '4分，满意');
    await tap(volunteer, '提交这一份');
    await see(volunteer, '今天已代填 2 份（每天最多 60 份）').waitFor();
    const entered = await db.selectFrom('questionnaireAnswers').select(['enteredBy', 'communityId']).execute();
    expect(entered).toEqual([
      { enteredBy: app().county.people.volunteer.userId, communityId: app().county.communities['幸福里社区'] },
      { enteredBy: app().county.people.volunteer.userId, communityId: app().county.communities['幸福里社区'] },
    ]);

    // Before publishing, a resident sees no ranking.
    const resident = await signIn('张秀兰', PHONE);
    await open(resident, '/features/assessment/pages/ranking/index');
    await see(resident, '还没有发布考核排名').waitFor();

    // 吴敏 at the command centre: 指挥中心 → 月度考核, this month's draft.
    const admin = await signIn('吴敏', PHONE);
    await open(admin, '/features/reports/pages/command/index');
    await tap(admin, '月度考核');
    await see(admin, '各社区每月的督查暗访、随手拍办理、问卷满意度和任务完成，按权重算出总分。审核无误后发布。').waitFor();
    await admin.getByRole('radio', { name: monthText, exact: true }).filter({ visible: true }).click();
    await see(admin, '草稿：按现在的数据和权重计算，只有创文办能看到。').waitFor();
    await see(admin, '2份问卷，平均4.5分 · 权重15%，按100%计').waitFor();
    await see(admin, '任务完成').waitFor();
    await screenshot(admin, 'as-02-draft');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, `发布${monthText}排名`);
    await see(admin, '发布').click();
    await see(admin, '得分已固定，居民都能看到。', { exact: false }).waitFor();

    // 孙丽, 幸福里社区's staff, hears their place.
    const inbox = await db.selectFrom('inboxMessages').select(['userId', 'title', 'body']).where('kind', '=', 'assessment').execute();
    expect(inbox).toEqual([{ userId: app().county.people.staff.userId, title: `${monthText}考核排名已发布`, body: '幸福里社区得分87.5，全县第1名（共1个社区）。点开查看各项得分。' }]);

    // 张秀兰 sees the published ranking (首页 → 考核排名), normal and large text.
    await open(resident, '/pages/home/index');
    await tap(resident, '考核排名');
    await see(resident, `${monthText}社区考核排名`).waitFor();
    await see(resident, '第1名').waitFor();
    await see(resident, '87.5分').waitFor();
    await screenshot(resident, 'as-03-ranking');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await largeText(resident);
    await open(resident, '/features/assessment/pages/ranking/index');
    await see(resident, '第1名').waitFor();
    await screenshot(resident, 'as-04-ranking-large');
    expect(await seriousA11yViolations(resident)).toEqual([]);

    // 大字模式 at the crossing too.
    await largeText(volunteer);
    await open(volunteer, '/features/questionnaires/pages/proxy/index');
    await see(volunteer, '这位居民住在哪个社区？').waitFor();
    await screenshot(volunteer, 'as-05-proxy-large');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);

    // The weights, kept to 100.
    await open(admin, '/features/assessment/pages/weights/index');
    await see(admin, '合计 100 / 100').waitFor();
    await screenshot(admin, 'as-06-weights');
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });
});
