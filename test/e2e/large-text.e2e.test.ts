import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

/**
 * 大字模式 on the newest pages (积分超市, the consent sheet, a child's own
 * WeChat, the certificates), at 375 × 812: each page is pictured in normal and
 * in large text (E2E_SCREENSHOTS, for a person to look at), and in large text
 * nothing is wider than the phone, every tap is still there, and axe finds
 * nothing serious or critical.
 */
const { app, signIn, arrive, open, see, tap } = useAppInBrowser();

const PHONE = { viewport: { width: 375, height: 812 } };

async function api<T>(page: Page, module: string, action: string, input: object = {}): Promise<T> {
  // As the app's own page would: the server refuses a cookie without its Origin (CSRF).
  const res = await page.request.post(`${app().baseUrl}/api/${module}`, { data: { action, input }, headers: { origin: app().baseUrl } });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${module}.${action}: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

async function setLargeText(page: Page, on: boolean) {
  await page.evaluate((value) => localStorage.setItem('ct.largeText', JSON.stringify({ data: value })), on);
}

/** What sticks out past the right edge of the phone: visible elements (not the off-screen tab bar's hidden parts) whose right edge is beyond the viewport. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.ct-page *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      // inside a sideways-scrolling strip (Choices scroll) is where it belongs
      if (el.closest('[class*="scroll"]') && el.closest('[class*="scroll"]') !== el) continue;
      if (box.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}" right=${Math.round(box.right)}`);
    }
    return out.slice(0, 8);
  });
}

let findings: Record<string, string[]> = {};
beforeEach(() => {
  findings = {};
});


/** The page as it is now, in normal then in large text: pictures of both; in large text, no overflow and no serious axe finding. */
async function lookAt(page: Page, name: string, path: string, ready: (page: Page) => Promise<unknown>) {
  for (const large of [false, true]) {
    await setLargeText(page, large);
    await open(page, path);
    await ready(page);
    await screenshot(page, `lt-${name}-${large ? 'large' : 'normal'}`);
    if (!large) continue;
    expect(await page.locator('.ct-page.ct-large').filter({ visible: true }).count()).toBeGreaterThan(0);
    const wide = await overflowing(page);
    if (wide.length) findings[`${name}: too wide`] = wide;
    const axe = await seriousA11yViolations(page);
    if (axe.length) findings[`${name}: axe`] = axe;
  }
}

const card = (page: Page) => page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();

afterAll(() => {
  // every finding of every test, for the one that failed to say
  if (Object.keys(findings).length) console.log(JSON.stringify(findings, null, 2));
});

describe('大字模式 on the newest pages', () => {
  it('积分超市: the list, a reward, redeeming it, the pickup code, and the station\'s pages', async () => {
    const volunteer = await signIn('赵志远', PHONE);
    const book = app().county.rewards.book;
    await lookAt(volunteer, 'mall-list', '/features/mall/pages/list/index', (p) => see(p, '可以兑换的').waitFor());
    await lookAt(volunteer, 'mall-detail', `/features/mall/pages/detail/index?id=${book}`, (p) => see(p, '兑换').waitFor());

    // in large text: the confirmation and the code
    await tap(volunteer, '兑换');
    await see(volunteer, '兑换这件礼品？').waitFor();
    await screenshot(volunteer, 'lt-mall-confirm-large');
    await tap(volunteer, '确认兑换');
    await see(volunteer, '请在', { exact: false }).waitFor();
    await lookAt(volunteer, 'mall-mine', '/features/mall/pages/mine/index', (p) => p.locator('[aria-label^="取货码 "]').filter({ visible: true }).first().waitFor());

    const staff = await signIn('刘芳', PHONE);
    await lookAt(staff, 'mall-pickups', '/features/mall/pages/pickups/index', card);
    // 送上门: the box with where to take it and whom to ask for
    await tap(staff, '送上门');
    await see(staff, '送到：', { exact: false }).waitFor();
    await lookAt(staff, 'mall-deliver', '/features/mall/pages/pickups/index', (p) => see(p, '送到：', { exact: false }).waitFor());
    await lookAt(staff, 'mall-manage', '/features/mall/pages/manage/index', card);
    // the reward's form, open on a listed reward, as staff change its price or end date
    for (const large of [false, true]) {
      await setLargeText(staff, large);
      await open(staff, '/features/mall/pages/manage/index');
      await card(staff);
      await tap(staff, '修改');
      await see(staff, '保存', { exact: false }).waitFor();
      await screenshot(staff, `lt-mall-reward-form-${large ? 'large' : 'normal'}`);
      if (!large) continue;
      const wide = await overflowing(staff);
      if (wide.length) findings['mall-reward-form: too wide'] = wide;
      const axe = await seriousA11yViolations(staff);
      if (axe.length) findings['mall-reward-form: axe'] = axe;
    }
    expect(findings).toEqual({});
  });

  it('the consent sheet, over the report form', async () => {
    for (const large of [false, true]) {
      const resident = await signIn(large ? '张秀兰' : '王建国', { ...PHONE, permissions: ['geolocation'], geolocation: { latitude: 28.2295, longitude: 112.9402 } });
      await setLargeText(resident, large);
      await open(resident, '/features/reports/pages/report/index');
      await tap(resident, '乱扔垃圾');
      await tap(resident, '使用当前位置');
      const sheet = resident.getByRole('dialog', { name: '请您同意：使用您的精确位置' }).filter({ visible: true }).first();
      await sheet.waitFor();
      await screenshot(resident, `lt-consent-sheet-${large ? 'large' : 'normal'}`);
      if (large) {
        // both answers are on the phone, not below its bottom edge
        for (const answer of ['同意', '不同意']) {
          const box = await sheet.getByText(answer, { exact: true }).boundingBox();
          expect(box && box.y + box.height).toBeLessThanOrEqual(812);
        }
        const wide = await overflowing(resident);
        if (wide.length) findings['consent: too wide'] = wide;
        const axe = await seriousA11yViolations(resident);
        if (axe.length) findings['consent: axe'] = axe;
      }
      await agreeWhenAsked(resident, '使用您的精确位置');
    }
    expect(findings).toEqual({});
  });

  it('a child\'s own WeChat: the link page, typed and opened from the guardian\'s card', async () => {
    const parent = await signIn('王建国', PHONE);
    const { childId } = await api<{ childId: string }>(parent, 'households', 'addChild', { givenName: '小雨', birthMonth: '2016-05', guardianConsent: true });
    const { code } = await api<{ code: string }>(parent, 'households', 'childLinkCode', { childId });

    // the child's own phone: a WeChat the server has never seen
    const child = await arrive('/features/household/pages/link-child/index', PHONE);
    await lookAt(child, 'link-child-typed', '/features/household/pages/link-child/index', (p) => see(p, '用你自己的微信', { exact: false }).waitFor());
    await lookAt(child, 'link-child-card', `/features/household/pages/link-child/index?code=${code}`, (p) => see(p, '小雨', { exact: false }).waitFor());
    expect(findings).toEqual({});
  });

  it('the certificates', async () => {
    const volunteer = await signIn('赵志远', PHONE);
    const cert = (p: Page) => p.locator('.ct-cert').filter({ visible: true }).first().waitFor();
    await lookAt(volunteer, 'volunteer-certificate', '/features/volunteers/pages/certificate/index', (p) => p.locator('.ct-cert, .ct-state').filter({ visible: true }).first().waitFor());
    const signer = await signIn('王建国', PHONE);
    const pledge = await api<{ pledgeId: string }>(signer, 'conventions', 'sign', { versionId: app().county.versions.civic });
    await lookAt(signer, 'convention-certificate', `/features/convention/pages/certificate/index?pledgeId=${pledge.pledgeId}`, cert);
    expect(findings).toEqual({});
  });
});
