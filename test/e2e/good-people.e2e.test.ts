import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(240_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const PHONE = '13800001111';
/** 60 characters: past the 50 the story needs. */
const STORY = '赵德明师傅是小区老党员，每天早上六点就到小区门口扫地，十年来风雨无阻。去年冬天邻居老人半夜生病，他连夜背着老人去了医院。';
const GALLERY = '/features/good-people/pages/gallery/index';

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM: only visible text counts). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(selector).filter({ visible: true }).first().fill(value);
}

describe('好人推荐: from a neighbour\'s story to a title on the honour roll', () => {
  let code = '';
  let detailPath = '';

  it('王建国 nominates 赵德明 → 张秀兰 agrees with the code → 孙丽 approves → 吴敏 awards a title → 张秀兰 sees it and says 点赞, never the phone number', async () => {
    // 王建国 finds 好人推荐 on 首页 and tells 赵德明's story.
    const nominator = await signIn('王建国');
    await tap(nominator, '好人推荐');
    await see(nominator, '身边好人', { exact: false }).waitFor();
    await tap(nominator, '推荐身边好人');
    await see(nominator, '被推荐人姓名').waitFor();
    // The form's category option (name and description), not the gallery's filter chip, which may still be on screen during the page change.
    await nominator.getByRole('radio', { name: /^助人为乐\s+\S/ }).filter({ visible: true }).click();
    await fill(nominator, 'input[placeholder="例如：赵德明"]', '赵德明');
    await fill(nominator, 'input[placeholder="手机号或带区号的座机号"]', PHONE);
    await fill(nominator, 'textarea[aria-label="事迹，至少50个字"], .gp-textarea textarea', STORY);
    await see(nominator, '已写60个字').waitFor();
    await screenshot(nominator, 'g01-nominate-form');
    await tap(nominator, '提交推荐');
    await see(nominator, '推荐已提交').waitFor();
    await see(nominator, '请把确认码告诉赵德明').waitFor();
    code = (await nominator.locator('.gp-code__value').filter({ visible: true }).first().innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await see(nominator, '被推荐人可以在小程序消息里确认，或用确认码确认：请把确认码告诉对方，对方打开文明共建 → 我的 → 输入确认码。同意后才会提交审核。对方没有微信的，社区工作人员会上门或电话确认。').waitFor();
    await screenshot(nominator, 'g02-consent-code');
    expect(await seriousA11yViolations(nominator)).toEqual([]);

    // 张秀兰 is 赵德明's neighbour with WeChat at hand: she enters the code for him (我的 → 输入确认码) and agrees.
    const neighbour = await signIn('张秀兰');
    await open(neighbour, '/pages/mine/index');
    await tap(neighbour, '输入确认码');
    await see(neighbour, '同意后会怎样').waitFor();
    await fill(neighbour, 'input[placeholder="请输入确认码"]', code.toLowerCase());
    await screenshot(neighbour, 'g03-consent');
    expect(await seriousA11yViolations(neighbour)).toEqual([]);
    await tap(neighbour, '同意公开');
    await see(neighbour, '已同意公开').waitFor();
    await see(neighbour, '推荐赵德明的事迹已提交审核', { exact: false }).waitFor();
    expect(await visibleText(neighbour)).not.toContain(PHONE);
    await screenshot(neighbour, 'g04-consent-done');

    // 孙丽, 幸福里社区's staff, finds it in 好人审核, sees the contact to verify, and approves.
    const staff = await signIn('孙丽');
    await open(staff, '/pages/mine/index');
    await tap(staff, '好人审核');
    await see(staff, '待审核（1）').waitFor();
    await screenshot(staff, 'g05-review-queue');
    await tap(staff, '赵德明');
    await see(staff, PHONE).waitFor();
    await see(staff, '本人（孩子由家长）已同意公开').waitFor();
    await screenshot(staff, 'g06-review-detail');
    await tap(staff, '审核通过');
    await see(staff, '已公开展示').waitFor();
    detailPath = new URL(staff.url()).hash.slice(1);
    expect(detailPath).toMatch(/^\/features\/good-people\/pages\/detail\/index\?id=[0-9a-f-]{36}$/);

    // 吴敏 of the command centre awards the year's title from the story's page.
    const admin = await signIn('吴敏');
    await open(admin, GALLERY);
    await tap(admin, '赵德明');
    await tap(admin, '授予称号');
    await fill(admin, '.ct-sheet input[aria-label="年度"], .ct-sheet .ct-box input', '2026');
    await see(admin, '确认授予').waitFor();
    await screenshot(admin, 'g07-award');
    await tap(admin, '确认授予');
    await see(admin, '2026年度青禾好人').waitFor();

    // 张秀兰 sees 赵德明 in 身边好人 with the title, and likes the story once.
    await open(neighbour, GALLERY);
    const card = neighbour.locator('.gp-card').filter({ hasText: '赵德明' }).filter({ visible: true }).first();
    await card.waitFor();
    await card.getByText('2026年度青禾好人').waitFor();
    expect((await card.locator('.gp-support__count').innerText()).replace(/\s/g, '')).toBe('0人点赞');
    await card.getByText('点赞', { exact: true }).click();
    await card.getByText('已点赞', { exact: true }).waitFor();
    expect((await card.locator('.gp-support__count').innerText()).replace(/\s/g, '')).toBe('1人点赞');
    await screenshot(neighbour, 'g08-gallery');
    expect(await visibleText(neighbour)).not.toContain(PHONE);
    expect(await seriousA11yViolations(neighbour)).toEqual([]);

    // Her view of the story: the count stays 1, the phone number is nowhere; the honour roll lists him.
    await open(neighbour, detailPath);
    await see(neighbour, STORY).waitFor();
    await see(neighbour, '已点赞').waitFor();
    expect(await visibleText(neighbour)).not.toContain(PHONE);
    expect(await neighbour.content()).not.toContain(PHONE);
    await screenshot(neighbour, 'g09-detail');
    await tap(neighbour, '好人榜');
    await see(neighbour, '2026年度 · 1位').waitFor();
    await see(neighbour, '赵德明').waitFor();
    expect(await neighbour.content()).not.toContain(PHONE);
    await screenshot(neighbour, 'g10-honours');

    // 王建国 sees where his nomination stands.
    await open(nominator, '/features/good-people/pages/mine/index');
    await see(nominator, '已公开展示').waitFor();
    await screenshot(nominator, 'g11-mine');
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const page = await signIn('孙丽');
    await open(page, '/pages/home/index');
    await page.locator('.ct-switch').filter({ visible: true }).first().click();
    const pages: [string, string][] = [
      ['gallery', GALLERY],
      ['detail', detailPath],
      ['nominate', '/features/good-people/pages/nominate/index'],
      ['consent', `/features/good-people/pages/consent/index?code=${code}`],
      ['mine', '/features/good-people/pages/mine/index'],
      ['review', '/features/good-people/pages/review/index'],
      ['honours', '/features/good-people/pages/honours/index'],
    ];
    const findings: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(page, `g-large-${name}`);
      const found = await seriousA11yViolations(page);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });

  it('张秀兰 nominates 赵志远, who uses the app, by his phone → he finds the request in 消息, opens it, agrees → it goes to review', async () => {
    // 赵志远 verified his number with WeChat's phone button (the H5 build has none: set as that button would).
    const theirPhone = '13700002222';
    await app().db.updateTable('users').set({ phone: theirPhone }).where('id', '=', app().county.people.volunteer.userId).execute();

    const nominator = await signIn('张秀兰');
    await open(nominator, '/features/good-people/pages/nominate/index');
    await see(nominator, '被推荐人姓名').waitFor();
    await nominator.getByRole('radio', { name: /^见义勇为\s+\S/ }).filter({ visible: true }).click();
    await fill(nominator, 'input[placeholder="例如：赵德明"]', '赵志远');
    await fill(nominator, 'input[placeholder="手机号或带区号的座机号"]', theirPhone);
    await fill(nominator, 'textarea[aria-label="事迹，至少50个字"], .gp-textarea textarea', STORY.replace('赵德明', '赵志远'));
    await tap(nominator, '提交推荐');
    await see(nominator, '推荐已提交').waitFor();
    // The same screen as for someone without the app: the code, and both ways to confirm.
    await see(nominator, '请把确认码告诉赵志远').waitFor();
    await see(nominator, '被推荐人可以在小程序消息里确认', { exact: false }).waitFor();

    const nominee = await signIn('赵志远');
    await open(nominee, '/pages/inbox/index');
    await tap(nominee, '有人推荐您为身边好人（见义勇为）');
    await see(nominee, '推荐的是：赵志远').waitFor();
    await see(nominee, '同意后会怎样').waitFor();
    expect(await visibleText(nominee)).not.toContain('张秀兰');
    expect(await visibleText(nominee)).not.toContain(theirPhone);
    await screenshot(nominee, 'g12-consent-from-inbox');
    expect(await seriousA11yViolations(nominee)).toEqual([]);
    await tap(nominee, '同意公开');
    await see(nominee, '已同意公开').waitFor();
    await see(nominee, '推荐赵志远的事迹已提交审核', { exact: false }).waitFor();

    // 张秀兰 is told, and her nomination now waits for review.
    await open(nominator, '/pages/inbox/index');
    await see(nominator, '赵志远同意了您的推荐').waitFor();
    await open(nominator, '/features/good-people/pages/mine/index');
    const card = nominator.locator('.ct-card').filter({ hasText: '赵志远' }).filter({ visible: true }).first();
    await card.getByText('等待审核').waitFor();
    await screenshot(nominator, 'g13-mine-after-consent');
  });
});
