import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { RunningApp, startApp } from './app-server';
import { launchBrowser, phoneContext } from './browser';

/**
 * The steps a person takes in the H5 app, shared by the browser tests:
 * sign in as a demo person, find what is on screen, tap it, open a page.
 */
export function phoneSteps(baseUrl: () => string, browser: () => Browser) {
  /** Opens the app in its own phone and signs in as a demo person by tapping their card. */
  async function signIn(name: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await phoneContext(browser(), options);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/#/features/auth/pages/sign-in/index`);
    await tap(page, name);
    await see(page, '创文第', { exact: false }).waitFor();
    return page;
  }

  /**
   * Opens the app as a WeChat user the server has never seen (the sign-in
   * page's 新用户), then follows a link or QR (`path`, with its query): how an
   * invited captain, a county's first admin or a resident who scanned the
   * county's QR first arrives.
   */
  async function arrive(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await phoneContext(browser(), options);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/#/features/auth/pages/sign-in/index`);
    await tap(page, '新用户');
    // No county names them yet: the app asks, and they follow the link instead.
    await page.getByRole('dialog', { name: '选择您所在的县' }).filter({ visible: true }).first().waitFor();
    await open(page, path);
    return page;
  }

  /**
   * Opens a page as a link does: a fresh load at that address. (Changing only the
   * hash between two tab pages leaves Taro's H5 router showing the old tab.)
   */
  async function open(page: Page, path: string) {
    await page.goto(`${baseUrl()}/#${path}`);
    await page.reload();
  }

  return { signIn, arrive, open, see, tap };
}

/**
 * The first visible element with this text. Taro's H5 router keeps earlier pages
 * of the stack in the DOM, hidden, so a plain text match can find a page the
 * person no longer sees.
 */
export function see(page: Page, text: string | RegExp, options: { exact?: boolean } = {}) {
  const match = typeof text === 'string' ? page.getByText(text, { exact: options.exact ?? true }) : page.getByText(text);
  return match.filter({ visible: true }).first();
}

export async function tap(page: Page, text: string | RegExp) {
  await see(page, text).click();
}

/**
 * beforeAll/afterAll wiring for a browser test file: the product on a fresh
 * embedded database, a Chromium, and the phone steps against them.
 */
export function useAppInBrowser() {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const running = () => {
    if (!app) throw new Error('the app is not running yet');
    return app;
  };
  const steps = phoneSteps(
    () => running().baseUrl,
    () => {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
  );
  return { app: running, ...steps };
}

/** The app's separate consent sheet (ConsentSheet) asks `title` before the data is collected: the person reads it and taps 同意. */
export async function agreeWhenAsked(page: Page, title: string) {
  const sheet = page.getByRole('dialog', { name: `请您同意：${title}` }).filter({ visible: true }).first();
  await sheet.waitFor();
  await sheet.getByText('同意', { exact: true }).click();
  await sheet.waitFor({ state: 'hidden' });
}
