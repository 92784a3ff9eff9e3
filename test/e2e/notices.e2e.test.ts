import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

const { signIn, open, see, tap } = useAppInBrowser();

const TITLE = '1单元本周六上午停水';
const TITLE_EDITED = '1单元本周六上午停水（改为9点开始）';
const BODY = '因管道检修，本周六8:00-12:00停水，请大家提前储水。有问题请找楼长李桂芳。';
const photo = { name: 'notice.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const LIST = '/features/notices/pages/list/index';
const MANAGE = '/features/notices/pages/manage/index';

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM: only visible text counts). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

function visible(page: Page, selector: string) {
  return page.locator(selector).filter({ visible: true }).first();
}

describe('楼栋通知: a captain posts to one unit, its residents read it, the others never see it', () => {
  let receiptsPath = '';
  let detailPath = '';

  it('李桂芳 posts to 1号楼 1单元 → 王建国 (1单元301) sees it on 首页, opens it and says 收到 → 李桂芳 (2单元) and 张秀兰 (no home) do not see it → the receipts count 1 household', async () => {
    // 李桂芳, captain of 幸福里社区 1号楼: 我的 → 楼栋通知管理 → 发通知.
    const captain = await signIn('李桂芳');
    await open(captain, '/pages/mine/index');
    await tap(captain, '楼栋通知管理');
    await see(captain, '还没有发过通知').waitFor();
    await screenshot(captain, 'n01-manage-empty');
    await tap(captain, '发通知');
    await see(captain, '发给哪栋楼').waitFor();
    // her only building is chosen for her; she narrows it to 1单元
    await captain.getByRole('radio', { name: '1号楼' }).filter({ visible: true }).first().waitFor();
    expect(await captain.getByRole('radio', { name: '1号楼' }).filter({ visible: true }).first().getAttribute('aria-checked')).toBe('true');
    await captain.getByRole('radio', { name: '选择单元' }).filter({ visible: true }).click();
    // sending with nothing filled in names what is missing, in Chinese
    await tap(captain, '发出通知');
    await see(captain, '请至少选一个单元，或者改成“全楼”').waitFor();
    await see(captain, '请写上通知标题').waitFor();
    await see(captain, '请写上通知内容').waitFor();
    await screenshot(captain, 'n02-post-errors');
    await captain.getByRole('checkbox', { name: '1单元' }).filter({ visible: true }).click();
    await visible(captain, 'input[placeholder="例如：本周六上午停水通知"]').fill(TITLE);
    await visible(captain, '.nt-textarea textarea').fill(BODY);
    await captain.locator('input[type=file][aria-label="添加通知图片"]').filter({ visible: true }).setInputFiles(photo);
    await see(captain, '已添加 1 张，最多 9 张').waitFor();
    await visible(captain, '.nt-switch').click();
    await screenshot(captain, 'n03-post-form');
    expect(await seriousA11yViolations(captain)).toEqual([]);
    await tap(captain, '发出通知');

    // the receipts: nobody has read it yet, of the 12 households of 1单元
    await see(captain, '通知内容').waitFor();
    await see(captain, '0/12').waitFor();
    await see(captain, `发给 1号楼 · 1单元`).waitFor();
    receiptsPath = new URL(captain.url()).hash.slice(1);
    expect(receiptsPath).toMatch(/^\/features\/notices\/pages\/receipts\/index\?id=[0-9a-f-]{36}$/);
    detailPath = receiptsPath.replace('/receipts/', '/detail/');
    expect(await visibleText(captain)).not.toContain('2单元');
    await screenshot(captain, 'n04-receipts-new');
    // 提醒未读: 301 (王建国 and 王小明) is the one household of 1单元 someone lives in; a second tap tells nobody twice
    await tap(captain, '提醒未读');
    await see(captain, '已提醒未读的 1 户、共 2 人，他们会在“消息”里看到。').waitFor();
    await tap(captain, '提醒未读');
    await see(captain, '今天已经提醒过了：未读的 1 户、共 2 人里，今天已提醒过的人不会再收到第二次。').waitFor();
    await screenshot(captain, 'n04b-reminded');

    // 李桂芳 lives in 1号楼 2单元 101: as a resident she does not get the 1单元 notice
    await open(captain, LIST);
    await see(captain, '眼下没有楼栋通知').waitFor();
    expect(await visibleText(captain)).not.toContain(TITLE);
    await screenshot(captain, 'n05-captain-own-list');
    // nor can she open it by its link
    await open(captain, detailPath);
    await see(captain, '这条通知看不到了').waitFor();
    expect(await visibleText(captain)).not.toContain(BODY);

    // 王建国 lives in 1号楼 1单元 301: 消息 holds the notice and one reminder, not two.
    const resident = await signIn('王建国');
    await open(resident, '/pages/inbox/index');
    await see(resident, `楼栋通知：${TITLE}`).waitFor();
    await see(resident, `提醒：请查看楼栋通知「${TITLE}」`).waitFor();
    expect((await visibleText(resident)).split(`提醒：请查看楼栋通知「${TITLE}」`).length - 1).toBe(1);
    // 首页 tells him of one unread notice.
    await open(resident, '/pages/home/index');
    const card = visible(resident, '.home__notices');
    await card.waitFor();
    await card.getByText('1 条未读').waitFor();
    await card.getByText(TITLE).waitFor();
    await screenshot(resident, 'n06-home-card');
    await card.click();
    await see(resident, '幸福里社区 1号楼 1单元 301 · 1 条未读', { exact: false }).waitFor();
    const item = visible(resident, '.nt-card--unread');
    await item.getByText('置顶').waitFor();
    await screenshot(resident, 'n07-list-unread');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await item.click();
    // opening it reads it
    await see(resident, BODY).waitFor();
    await see(resident, /^发布于 今天 \d\d:\d\d · 有效期至/).waitFor();
    await visible(resident, '.ct-photo').waitFor();
    await screenshot(resident, 'n08-detail');
    await tap(resident, '收到');
    await see(resident, '✓ 已确认收到').waitFor();
    await screenshot(resident, 'n09-detail-received');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await open(resident, LIST);
    await see(resident, TITLE).waitFor();
    await see(resident, '都看过了', { exact: false }).waitFor();
    expect(await resident.locator('.nt-card--unread').filter({ visible: true }).count()).toBe(0);
    await visible(resident, '.nt-card').getByText('已收到').waitFor();

    // 张秀兰 has no home yet: she is told how to get the building's notices.
    const newcomer = await signIn('张秀兰');
    await open(newcomer, LIST);
    await see(newcomer, '绑定住户后才能收到楼栋通知').waitFor();
    expect(await visibleText(newcomer)).not.toContain(TITLE);
    await screenshot(newcomer, 'n10-no-home');
    await tap(newcomer, '去绑定住户');
    await see(newcomer, '绑定我家').waitFor();

    // 李桂芳's list and receipts: 1 household of 12 read it and said 收到.
    await open(captain, MANAGE);
    await see(captain, '已读 1/12 户 · 收到 1').waitFor();
    await screenshot(captain, 'n11-manage');
    await tap(captain, TITLE);
    await see(captain, '1/12').waitFor();
    await captain.getByRole('listitem', { name: '1单元301：收到' }).filter({ visible: true }).waitFor();
    await captain.getByRole('listitem', { name: '1单元302：未绑定' }).filter({ visible: true }).waitFor();
    await screenshot(captain, 'n12-receipts');
    expect(await seriousA11yViolations(captain)).toEqual([]);
    // the only people of 1单元 (王家 in 301) have read it: nobody is left to remind
    await see(captain, '已绑定的住户都读过了，不用再提醒。').waitFor();
    expect(await visibleText(captain)).not.toContain('提醒未读');

    // 修改: a new title; the history keeps the first one.
    await tap(captain, '修改');
    await see(captain, '发出后不能改发给谁', { exact: false }).waitFor();
    const titleBox = visible(captain, 'input[placeholder="例如：本周六上午停水通知"]');
    await titleBox.fill(TITLE_EDITED);
    await screenshot(captain, 'n13-edit');
    await tap(captain, '保存修改');
    await see(captain, TITLE_EDITED).waitFor();
    await see(captain, '1/12').waitFor();
    await tap(captain, '修改记录');
    await see(captain, '第 2 版').waitFor();
    await see(captain, '第 1 版').waitFor();
    await see(captain, TITLE).waitFor();
    await screenshot(captain, 'n14-history');

    // 王建国 sees the edited notice marked 已编辑, still read and received.
    await open(resident, detailPath);
    await see(resident, TITLE_EDITED).waitFor();
    await see(resident, '已编辑').waitFor();
    await see(resident, '✓ 已确认收到').waitFor();
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const findings: Record<string, string[]> = {};
    const check = async (page: Page, name: string, path: string) => {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(page, `n-large-${name}`);
      const found = await seriousA11yViolations(page);
      if (found.length) findings[name] = found;
    };
    const largeText = async (page: Page) => {
      await open(page, '/pages/home/index');
      await page.locator('.ct-switch').filter({ visible: true }).last().click();
    };
    const captain = await signIn('李桂芳');
    await largeText(captain);
    await check(captain, 'manage', MANAGE);
    await check(captain, 'receipts', receiptsPath);
    await check(captain, 'post', '/features/notices/pages/post/index');
    await check(captain, 'history', receiptsPath.replace('/receipts/', '/history/'));
    const resident = await signIn('王建国');
    await largeText(resident);
    await check(resident, 'home', '/pages/home/index');
    await check(resident, 'list', LIST);
    await check(resident, 'detail', detailPath);
    expect(findings).toEqual({});
  });
});
