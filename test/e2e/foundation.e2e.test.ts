import type { Browser, Page } from 'playwright-core';
import { launchBrowser, phoneContext, screenshot } from './support/browser';
import { RunningApp, startApp } from './support/app-server';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens the app in its own phone and signs in as a demo person by tapping their card. */
async function signIn(name: string): Promise<Page> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/#/features/auth/pages/sign-in/index`);
  await page.getByText(name, { exact: true }).first().click();
  await page.getByText('创文第', { exact: false }).first().waitFor();
  return page;
}

async function tap(page: Page, text: string | RegExp, exact = true) {
  const target = typeof text === 'string' ? page.getByText(text, { exact }) : page.getByText(text);
  await target.first().click();
}

describe('a new resident, their building captain and the civic convention', () => {
  it('binds to a household, gets approved by the captain, signs the convention and sees the certificate', async () => {
    const resident = await signIn('张秀兰');
    await screenshot(resident, '01-home');

    // Ask to be bound: community → building → unit → room → relation.
    await tap(resident, /绑定您的住户/);
    for (const step of ['幸福里社区', '1号楼', '2单元', '402', '租户']) await tap(resident, step);
    await tap(resident, '提交申请');
    await resident.getByText(/待.*审核/).first().waitFor();
    await screenshot(resident, '02-bind-pending');

    // The captain of 1号楼 sees the request and approves it.
    const captain = await signIn('李桂芳');
    await tap(captain, /住户绑定申请等您审核/);
    await captain.getByText('幸福里社区 1号楼 2单元 402').first().waitFor();
    await screenshot(captain, '03-captain-queue');
    await tap(captain, '同意');
    await captain.getByText(/还没有待处理|暂无待处理|没有待审核|都处理完了/).first().waitFor();

    // The resident now lives there.
    await resident.goto(`${app.baseUrl}/#/pages/mine/index`);
    await resident.getByText('幸福里社区 1号楼 2单元 402').first().waitFor();
    await screenshot(resident, '04-mine');

    // Read and sign the civic convention; the certificate names the signer number.
    await resident.goto(`${app.baseUrl}/#/pages/home/index`);
    await tap(resident, /阅读并签署《青禾县市民文明公约》/);
    await resident.getByText('热爱祖国，热爱青禾', { exact: false }).first().waitFor();
    await tap(resident, '签署公约');
    await resident.getByText('第 1 位签署人').first().waitFor();
    await screenshot(resident, '05-certificate');

    const pledges = await app.db.selectFrom('pledges').select(['userId', 'signerNo']).execute();
    expect(pledges).toEqual([{ userId: app.county.people.resident.userId, signerNo: 1 }]);
  });
});
