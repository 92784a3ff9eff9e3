import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { flushHeldAnswers } from '../../server/modules/questionnaires/use-cases/flush-held-answers';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';
import { TEST_KEYS } from '../support/keys';

jest.setTimeout(240_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const TITLE = '创建文明城市群众满意度调查';
const LIST = '/features/questionnaires/pages/list/index';
const SUGGESTION = '希望背街小巷多装几盏路灯，晚上走路更安全';

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM: only visible text counts). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/**
 * 首页's 现在需要您 once its list has come from the server (its items or the
 * empty state, no longer the grey placeholder): what it says then.
 */
async function loadedTodo(page: Page): Promise<string> {
  const todo = page.locator('.ct-section-title:text-is("现在需要您") + :not(.ct-skeleton)').filter({ visible: true }).first();
  await todo.waitFor();
  const text = await todo.innerText();
  expect(text).not.toContain('没能加载出来');
  return text;
}

/** An option of one question (by its card), as a person taps it. */
async function choose(page: Page, questionId: string, role: 'radio' | 'checkbox', name: string) {
  await page.locator(`#qa-${questionId}`).filter({ visible: true }).getByRole(role, { name, exact: true }).click();
}

/** A NutUI text field by its label (the native input sits inside Taro's element, which carries the label). */
function field(page: Page, label: string) {
  return page.locator(`[aria-label="${label}"] input, input[aria-label="${label}"]`).filter({ visible: true }).first();
}

async function checked(page: Page, questionId: string, role: 'radio' | 'checkbox', name: string): Promise<string | null> {
  return page.locator(`#qa-${questionId}`).filter({ visible: true }).getByRole(role, { name, exact: true }).getAttribute('aria-checked');
}

describe('问卷: a resident answers the county\'s satisfaction survey and the community\'s staff see the chart move', () => {
  let resultsPath = '';

  it('孙丽 sees no answers yet → 王建国 answers from 首页 (his half-filled answer survives a reload) → 孙丽 sees the bars move and exports the CSV', async () => {
    // 孙丽, 幸福里社区's staff: 我的 → 问卷管理 → the seeded survey, no answers yet.
    const staff = await signIn('孙丽');
    await open(staff, '/pages/mine/index');
    await tap(staff, '问卷管理');
    await see(staff, '我发起和管理的').waitFor();
    await see(staff, TITLE).waitFor();
    await screenshot(staff, 'q01-manage-list');
    await tap(staff, TITLE);
    await see(staff, '份答卷').waitFor();
    resultsPath = new URL(staff.url()).hash.slice(1);
    expect(resultsPath).toMatch(/^\/features\/questionnaires\/pages\/results\/index\?id=[0-9a-f-]{36}$/);
    await staff.getByRole('img', { name: '知道一些：0人，占0%' }).filter({ visible: true }).waitFor();
    await screenshot(staff, 'q02-results-empty');

    // 王建国 finds it among the things that need him on 首页.
    const resident = await signIn('王建国');
    await tap(resident, `请填写问卷：${TITLE}`);
    await see(resident, '已答 0 / 8 题').waitFor();
    await screenshot(resident, 'q03-answer-empty');
    await choose(resident, 'q1', 'radio', '知道一些');
    await choose(resident, 'q2', 'radio', '4分，满意');
    await choose(resident, 'q3', 'radio', '3分，一般');
    await see(resident, '已答 3 / 8 题').waitFor();

    // the phone rings, the page is closed and opened again: the answers are still there
    await resident.reload();
    await see(resident, '已答 3 / 8 题').waitFor();
    expect(await checked(resident, 'q1', 'radio', '知道一些')).toBe('true');
    expect(await checked(resident, 'q2', 'radio', '4分，满意')).toBe('true');

    // submitting too early marks what is missing
    await tap(resident, '提交问卷');
    await see(resident, '第4题必须回答').waitFor();
    await choose(resident, 'q4', 'radio', '5分，很满意');
    await choose(resident, 'q5', 'radio', '参加过几次');
    await choose(resident, 'q6', 'checkbox', '乱停乱放');
    await choose(resident, 'q6', 'checkbox', '背街小巷卫生');
    await resident.locator('#qa-q8 textarea').filter({ visible: true }).fill(SUGGESTION);
    await see(resident, '已答 7 / 8 题').waitFor();
    await screenshot(resident, 'q04-answer-filled');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await tap(resident, '提交问卷');
    await see(resident, '提交成功，感谢您的参与！').waitFor();
    await screenshot(resident, 'q05-thanks');

    // it has left 首页's to-do and shows as answered; opening it again thanks him, once is enough
    await open(resident, '/pages/home/index');
    expect(await loadedTodo(resident)).not.toContain(`请填写问卷：${TITLE}`);
    await open(resident, LIST);
    await see(resident, '已填写').waitFor();
    await tap(resident, TITLE);
    await see(resident, '您已经填过这份问卷了').waitFor();

    // 孙丽 opens the results again: the answer is in but not counted yet (an anonymous questionnaire's answers are counted in batches)
    await open(staff, resultsPath);
    await see(staff, '还有 1 份答卷稍后计入').waitFor();
    await staff.getByRole('img', { name: '知道一些：0人，占0%' }).filter({ visible: true }).waitFor();
    // the scheduler's flush (here told to count everything now, not to wait for a batch of five); then one answer, the bars have moved, the suggestion is there without a name
    expect(await flushHeldAnswers(app().db, new Date(), TEST_KEYS, { keep: 0 })).toEqual({ flushed: 1, unopened: 0 });
    await staff.reload();
    await staff.getByRole('img', { name: '知道一些：1人，占100%' }).filter({ visible: true }).waitFor();
    await staff.getByRole('img', { name: '背街小巷卫生：1人，占100%' }).filter({ visible: true }).waitFor();
    await staff.getByRole('img', { name: '4分 满意：1人，占100%' }).filter({ visible: true }).waitFor();
    await see(staff, SUGGESTION).waitFor();
    expect(await visibleText(staff)).not.toContain('王建国');
    expect(await visibleText(staff)).not.toContain('稍后计入');
    const width = await staff.getByRole('img', { name: '知道一些：1人，占100%' }).filter({ visible: true }).locator('.qn-bar__fill').evaluate((el) => (el as HTMLElement).style.width);
    expect(width).toBe('100%');
    await screenshot(staff, 'q06-results-moved');
    expect(await seriousA11yViolations(staff)).toEqual([]);

    // the export downloads a CSV Excel reads: BOM, a column per question, no name column (anonymous)
    const [download] = await Promise.all([staff.waitForEvent('download'), tap(staff, '导出全部答卷（Excel 可打开）')]);
    expect(download.suggestedFilename()).toBe(`${TITLE}-答卷.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, row] = csv.split('\r\n');
    expect(header.startsWith('\ufeff序号,计入日期,1. 您知道我县正在创建全国文明城市吗？')).toBe(true);
    expect(header).not.toContain('填写人');
    expect(row).toContain(',知道一些,4,3,5,参加过几次,乱停乱放；背街小巷卫生,,');
    expect(row.endsWith(SUGGESTION)).toBe(true);
    expect(csv).not.toContain('王建国');
  });

  it('孙丽 builds a questionnaire for 幸福里 1号楼; 李桂芳, who lives there, finds it', async () => {
    const staff = await signIn('孙丽');
    await open(staff, '/features/questionnaires/pages/create/index');
    await see(staff, '问卷标题').waitFor();
    await field(staff, '问卷标题').fill('1号楼加装电梯意见征集');
    await field(staff, '第1题的题目').fill('您赞成1号楼加装电梯吗？');
    await field(staff, '第1题的选项1').fill('赞成');
    await field(staff, '第1题的选项2').fill('不赞成');
    await tap(staff, '＋ 添加一道题');
    await field(staff, '第2题的题目').fill('您愿意分摊多少费用？请说说您的想法');
    await staff.getByRole('radio', { name: '简答题' }).filter({ visible: true }).nth(1).click();
    await staff.getByRole('radio', { name: '一栋楼' }).filter({ visible: true }).click();
    await staff.getByRole('radio', { name: '幸福里社区 1号楼' }).filter({ visible: true }).click();
    await screenshot(staff, 'q07-create');
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await tap(staff, '发布问卷');
    await see(staff, '1号楼加装电梯意见征集').waitFor();
    await see(staff, '份答卷').waitFor();

    const captain = await signIn('李桂芳');
    await open(captain, LIST);
    await see(captain, '1号楼加装电梯意见征集').waitFor();
    await tap(captain, '1号楼加装电梯意见征集');
    await see(captain, '您赞成1号楼加装电梯吗？', { exact: false }).waitFor();
    await screenshot(captain, 'q08-building-survey');

    // 赵志远 lives in 和平社区: not his to see
    const other = await signIn('赵志远');
    await open(other, LIST);
    await see(other, TITLE).waitFor();
    expect(await visibleText(other)).not.toContain('1号楼加装电梯意见征集');

    const row = await app().db.selectFrom('questionnaires').select(['audienceType', 'anonymous']).where('title', '=', '1号楼加装电梯意见征集').executeTakeFirstOrThrow();
    expect(row).toEqual({ audienceType: 'building', anonymous: true });
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const page = await signIn('孙丽');
    await open(page, '/pages/home/index');
    await page.locator('.ct-switch').filter({ visible: true }).first().click();
    const id = resultsPath.split('id=')[1];
    const pages: [string, string][] = [
      ['list', LIST],
      ['manage', `${LIST}?tab=manage`],
      ['answer', `/features/questionnaires/pages/answer/index?id=${id}`],
      ['results', resultsPath],
      ['create', '/features/questionnaires/pages/create/index'],
    ];
    const findings: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(page, `q-large-${name}`);
      const found = await seriousA11yViolations(page);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });
});
