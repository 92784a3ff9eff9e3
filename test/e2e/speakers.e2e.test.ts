import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

const { app, signIn, open, see } = useAppInBrowser();

const STORY = '每天早上六点就拿着扫帚把整条巷子扫一遍，十年如一日。下雨天他还会把积水扫开，方便上学的孩子们走过，冬天下雪他第一个出来铲雪撒盐。';

/**
 * Good people shown in 身边好人, written straight into the database: the
 * nomination → consent → review flow has its own browser test.
 */
async function approvedGoodPeople(people: { name: string; category: string; title?: string }[]): Promise<string[]> {
  const { db, county } = app();
  const now = new Date();
  const ids: string[] = [];
  for (const p of people) {
    const id = randomUUID();
    ids.push(id);
    await db
      .insertInto('goodPeople')
      .values({
        id,
        countyId: county.countyId,
        category: p.category as never,
        nomineeName: p.name,
        nomineeContact: '13800001111',
        story: `${p.name}${STORY}`,
        photos: '[]',
        nominatedBy: county.people.guardian.userId,
        communityId: county.communities['幸福里社区'],
        status: 'approved',
        consentCodeHash: randomUUID(),
        consentBy: county.people.staff.userId,
        consentVia: 'staff',
        consentNote: '电话确认',
        consentAt: now,
        reviewedBy: county.people.staff.userId,
        reviewedAt: now,
        idempotencyKey: randomUUID(),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (p.title) {
      await db.insertInto('goodPeopleTitles').values({ id: randomUUID(), countyId: county.countyId, goodPersonId: id, year: 2026, title: p.title, awardedBy: county.people.admin.userId, awardedAt: now }).execute();
    }
  }
  return ids;
}

async function press(page: Page, text: string) {
  await page.locator('.nut-button').filter({ hasText: text }).filter({ visible: true }).first().click();
}

async function search(page: Page, typed: string) {
  await page.locator('input[placeholder="输入姓名查找"]').filter({ visible: true }).first().fill(typed);
}

describe('讲述人: good people tell their story at a 板凳讲堂', () => {
  it('孙丽 picks 讲述人 by name for the 板凳讲堂 → 张秀兰 sees them on the activity, opens one, and finds the activity under 参加的活动', async () => {
    await approvedGoodPeople([
      { name: '赵德明', category: 'helping', title: '2026年度青禾好人' },
      { name: '李春花', category: 'filial' },
      { name: '钱多多', category: 'honesty' },
    ]);
    const activityId = app().county.activities.benchLecture;
    const detailPath = `/features/activities/pages/detail/index?id=${activityId}`;

    // 孙丽, 幸福里社区's staff, runs the 板凳讲堂: 管理活动 → 讲述人.
    const staff = await signIn('孙丽');
    await open(staff, `/features/activities/pages/manage/index?id=${activityId}`);
    await staff.getByRole('tab', { name: '讲述人' }).filter({ visible: true }).first().click();
    await see(staff, '从身边好人中选择').waitFor();
    await see(staff, '还没有选讲述人，从下面的身边好人里选。').waitFor();
    await search(staff, '春花');
    await staff.getByLabel('选择李春花').filter({ visible: true }).first().click();
    await search(staff, '');
    await staff.getByLabel('选择赵德明').filter({ visible: true }).first().click();
    await see(staff, '2/10').waitFor();
    await screenshot(staff, 'sp01-picker');
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await press(staff, '保存讲述人');
    await see(staff, '讲述人已保存').waitFor();

    // 张秀兰 opens the 板凳讲堂: the two speakers, as 身边好人 shows them, and never a phone number.
    const resident = await signIn('张秀兰');
    await open(resident, detailPath);
    const section = resident.locator('[aria-label="讲述人"]').filter({ visible: true }).first();
    await section.getByText('李春花').waitFor();
    expect(await section.innerText()).toMatch(/李春花[\s\S]*孝老爱亲[\s\S]*赵德明[\s\S]*助人为乐 · 2026年度青禾好人/);
    expect(await resident.evaluate(() => document.body.innerText)).not.toContain('13800001111');
    await section.scrollIntoViewIfNeeded();
    await screenshot(resident, 'sp02-activity-speakers');
    expect(await seriousA11yViolations(resident)).toEqual([]);

    // She opens 赵德明's page: the 板凳讲堂 is under 参加的活动, and leads back to the activity.
    await section.getByText('赵德明').click();
    const events = resident.locator('[aria-label="参加的活动"]').filter({ visible: true }).first();
    await events.getByText('板凳讲堂：身边好人讲故事').waitFor();
    await events.getByText('即将举行').waitFor();
    await events.scrollIntoViewIfNeeded();
    await screenshot(resident, 'sp03-good-person-events');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await events.getByText('板凳讲堂：身边好人讲故事').click();
    await resident.waitForURL((url) => url.hash.includes(`/features/activities/pages/detail/index?id=${activityId}`));
  });
});
