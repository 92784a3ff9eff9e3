import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(180_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** Calls the API as the person signed in on this page (the request shares the page's session cookie). */
async function api<T>(page: Page, module: string, action: string, input: object = {}): Promise<T> {
  // As the app's own page would: the server refuses a cookie without its Origin (CSRF).
  const res = await page.request.post(`${app().baseUrl}/api/${module}`, { data: { action, input }, headers: { origin: app().baseUrl } });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${module}.${action}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

/** The number on the 消息 tab (Taro's H5 tab bar draws it as .taro-tabbar-badge); 0 when there is none. */
async function badge(page: Page): Promise<number> {
  // One read of what is there now: the badge can vanish between a count and a read, and a read would then wait for it.
  const [shown] = await page.locator('.weui-tabbar__item', { hasText: '消息' }).locator('.taro-tabbar-badge').allInnerTexts();
  return shown === undefined ? 0 : Number(shown);
}

/** Waits (up to 10 s) until the badge shows what `wanted` accepts; answers the number shown. */
async function badgeBecomes(page: Page, wanted: (n: number) => boolean, what: string): Promise<number> {
  const until = Date.now() + 10_000;
  for (;;) {
    const n = await badge(page);
    if (wanted(n)) return n;
    if (Date.now() > until) throw new Error(`the 消息 badge shows ${n}, expected ${what}`);
    await page.waitForTimeout(200);
  }
}

async function tabTo(page: Page, text: string) {
  await page.locator('.weui-tabbar__item', { hasText: text }).filter({ visible: true }).click();
}

const DESCRIPTION = '小区门口的垃圾桶倒了，垃圾撒了一地';

/** The person signed in on `page` reports 乱扔垃圾 at `address` with a photo, through the API; answers the report's id. */
async function fileReport(page: Page, address: string): Promise<string> {
  const categories = await api<{ id: string; name: string }[]>(page, 'reports', 'categories');
  const category = categories.find((c) => c.name === '乱扔垃圾');
  if (!category) throw new Error('no category 乱扔垃圾');
  const { ref } = await api<{ ref: string }>(page, 'files', 'upload', { data: TINY_JPEG });
  await api(page, 'privacy', 'consent', { purpose: 'precise_location' });
  const { reportId } = await api<{ reportId: string }>(page, 'reports', 'submit', {
    idempotencyKey: randomUUID(),
    categoryId: category.id,
    description: DESCRIPTION,
    latitude: 28.2295,
    longitude: 112.9402,
    address,
    anonymous: false,
    photos: [ref],
  });
  return reportId;
}

describe('消息: a resident hears that the problem was assigned', () => {
  it('王建国 reports → 孙丽 assigns → the 消息 tab shows a badge → the message opens the case → the badge goes down', async () => {
    const resident = await signIn('王建国');
    const reportId = await fileReport(resident, '幸福路18号门口');

    // 孙丽, 幸福里社区's staff, accepts it, then assigns it as the routing rule proposes: two messages.
    const staff = await signIn('孙丽');
    await api(staff, 'reports', 'accept', { reportId });
    await api(staff, 'reports', 'assign', { reportId });

    // Back on 首页, the 消息 tab carries the unread count.
    await open(resident, '/pages/home/index');
    await badgeBecomes(resident, (n) => n === 2, '2');
    await screenshot(resident, 'i01-home-badge');

    await tabTo(resident, '消息');
    const message = see(resident, '您反映的问题已派单');
    await message.waitFor();
    await see(resident, '您反映的问题已受理').waitFor();
    await see(resident, '2 条未读').waitFor();
    await screenshot(resident, 'i02-inbox');
    expect(await seriousA11yViolations(resident)).toEqual([]);

    await message.click();
    await see(resident, '办理过程').waitFor();
    expect(new URL(resident.url()).hash).toBe(`#/features/reports/pages/detail/index?id=${reportId}`);
    await see(resident, DESCRIPTION).waitFor();

    // One fewer unread: the badge on the tab bar follows.
    await open(resident, '/pages/inbox/index');
    await see(resident, '您反映的问题已派单').waitFor();
    await badgeBecomes(resident, (n) => n === 1, '1');
    const read = await app()
      .db.selectFrom('inboxMessages')
      .select(['title', 'readAt'])
      .where('userId', '=', app().county.people.guardian.userId)
      .execute();
    expect(read.find((m) => m.title === '您反映的问题已派单')?.readAt).not.toBeNull();

    await see(resident, '1 条未读').waitFor();

    // 全部已读 clears the rest, and the badge with them.
    await tap(resident, '全部已读');
    await see(resident, '都看过了').waitFor();
    await badgeBecomes(resident, (n) => n === 0, 'none');
    await screenshot(resident, 'i03-inbox-read');
  });
});

describe('问题类型与分拨: the admin adds a category residents can pick', () => {
  it('吴敏 adds 共享单车乱停放 for 县城市管理局 within 24 hours; a resident then finds it on the report form', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/pages/mine/index');
    await tap(admin, '问题类型与分拨');
    await see(admin, '乱扔垃圾').waitFor();
    await see(admin, '县城市管理局 · 24小时').waitFor();
    await screenshot(admin, 'i04-settings');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    await tap(admin, '新增问题类型');
    const sheet = admin.getByRole('dialog', { name: '新增问题类型' });
    await sheet.waitFor();
    await sheet.locator('input[placeholder="例如：共享单车乱停放"]').fill('共享单车乱停放');
    await sheet.getByRole('radio', { name: '县城市管理局' }).click();
    await sheet.getByRole('radio', { name: '24小时' }).click();
    await screenshot(admin, 'i05-settings-sheet');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await sheet.getByText('保存', { exact: true }).click();
    await sheet.waitFor({ state: 'detached' });
    const card = admin.locator('.st-cat', { hasText: '共享单车乱停放' });
    await card.waitFor();
    expect(await card.innerText()).toContain('县城市管理局 · 24小时');

    const resident = await signIn('张秀兰');
    await open(resident, '/features/reports/pages/report/index');
    await resident.getByRole('radio', { name: '共享单车乱停放' }).filter({ visible: true }).waitFor();
  });

  it('the 随手拍 tab leads to the form, the person\'s reports and the gallery', async () => {
    // 李桂芳 files a report of her own: this test needs no other test's data.
    const resident = await signIn('李桂芳');
    await fileReport(resident, '幸福里社区1号楼北侧');
    await tabTo(resident, '随手拍');
    await see(resident, '拍照反映问题').waitFor();
    // her report, newest first
    await see(resident, '幸福里社区1号楼北侧').waitFor();
    await screenshot(resident, 'i06-report-hub');
    await tap(resident, '拍照反映问题');
    await see(resident, '问题类型').waitFor();
  });
});
