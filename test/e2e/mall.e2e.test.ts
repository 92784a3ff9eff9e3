import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(240_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const BOOK = '《新时代文明实践读本》';

async function stockOf(rewardId: string): Promise<number> {
  return (await app().db.selectFrom('mallRewards').select('stock').where('id', '=', rewardId).executeTakeFirstOrThrow()).stock;
}

async function balanceOf(userId: string): Promise<number> {
  const row = await app().db.selectFrom('pointAccounts').select('balance').where('userId', '=', userId).executeTakeFirst();
  return row?.balance ?? 0;
}

/** The six digits of the pickup code, as the resident's screen reads them out. */
async function pickupDigits(page: Page): Promise<string> {
  const label = await page.locator('[aria-label^="取货码 "]').filter({ visible: true }).first().getAttribute('aria-label');
  return (label ?? '').replace(/\D/g, '');
}

describe('积分超市: from points to a book in hand', () => {
  it('赵志远 redeems a book with his points → 刘芳 at the station types the pickup code → stock and balance are right and the code cannot be used again', async () => {
    const book = app().county.rewards.book;
    const volunteerId = app().county.people.volunteer.userId;
    const [stockBefore, balanceBefore] = [await stockOf(book), await balanceOf(volunteerId)];

    // 赵志远 finds 积分超市 on 我的 and opens the book.
    const volunteer = await signIn('赵志远');
    await open(volunteer, '/pages/mine/index');
    await tap(volunteer, '积分超市');
    await see(volunteer, '可以兑换的').waitFor();
    await see(volunteer, String(balanceBefore)).waitFor();
    await screenshot(volunteer, 'mall-01-list');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    await tap(volunteer, BOOK);
    await see(volunteer, `我的积分：${balanceBefore}`).waitFor();
    await tap(volunteer, '兑换');
    await see(volunteer, '兑换这件礼品？').waitFor();
    await screenshot(volunteer, 'mall-02-confirm');
    await tap(volunteer, '确认兑换');

    // 我的兑换: the code to show at the station.
    await see(volunteer, '请在', { exact: false }).waitFor();
    const digits = await pickupDigits(volunteer);
    expect(digits).toMatch(/^\d{6}$/);
    await screenshot(volunteer, 'mall-03-code');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    expect(await stockOf(book)).toBe(stockBefore - 1);
    const price = (await app().db.selectFrom('mallRewards').select('price').where('id', '=', book).executeTakeFirstOrThrow()).price;
    expect(await balanceOf(volunteerId)).toBe(balanceBefore - price);

    // 刘芳 at 幸福里新时代文明实践站 types the six digits.
    const staff = await signIn('刘芳');
    await open(staff, '/features/mall/pages/pickups/index');
    await see(staff, BOOK, { exact: false }).waitFor();
    await staff.locator('input[placeholder="6位数字"]').filter({ visible: true }).first().fill(digits);
    await screenshot(staff, 'mall-04-pickups');
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await tap(staff, '核销');
    await see(staff, `已核销：${BOOK}`).waitFor();
    const handed = await app().db.selectFrom('mallRedemptions').select('state').where('rewardId', '=', book).where('userId', '=', volunteerId).execute();
    expect(handed.map((r) => r.state)).toEqual(['handed_over']);

    // The same code a second time is refused, in words, and nothing moves.
    await staff.locator('input[placeholder="6位数字"]').filter({ visible: true }).first().fill(digits);
    await tap(staff, '核销');
    await see(staff, '这个取货码已经用过了，物品已经领走').waitFor();
    await screenshot(staff, 'mall-05-used-again');
    expect(await stockOf(book)).toBe(stockBefore - 1);
    expect(await balanceOf(volunteerId)).toBe(balanceBefore - price);

    // His 我的兑换 says it was collected.
    await open(volunteer, '/features/mall/pages/mine/index');
    await see(volunteer, '已领取').waitFor();
  });
});
