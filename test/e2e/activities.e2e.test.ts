import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPositionFor } from './support/geo';
import { agreeWhenAsked, useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const LIST = '/features/activities/pages/list/index';
const TITLE = '文化广场周末清扫';
const DESCRIPTION = '清扫广场和周边绿化带的垃圾，请穿运动鞋，手套和夹子由队里准备。';
/** 幸福里社区广场, where the demo county's activities meet. */
const PLACE = { latitude: 34.8226, longitude: 114.8107 };
const MINUTE = 60_000;

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM: only visible text counts). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(selector).filter({ visible: true }).first().fill(value);
}

/** A button by its words (the same words may stand in a heading too). */
async function press(page: Page, text: string) {
  await page.locator('.nut-button').filter({ hasText: text }).filter({ visible: true }).first().click();
}

/** Beijing wall-clock date and time of an instant, as the date and time fields take them. */
function beijing(ms: number): { date: string; time: string } {
  const iso = new Date(ms + 8 * 60 * MINUTE).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The six digits on the organiser's code screen now. */
async function digitsOn(leader: Page): Promise<string> {
  const text = await leader.locator('.ac-code__digits').filter({ visible: true }).first().innerText();
  return text.replace(/\s/g, '');
}

describe('志愿活动: from publishing to certified hours', () => {
  let detailPath = '';
  let managePath = '';

  it('钱卫东 publishes an activity starting now → 赵志远 signs up, checks in and out with the typed code → 钱卫东 confirms → 赵志远 sees hours and points, and the activity on his certificate', async () => {
    // 钱卫东, leader of 环境卫士志愿服务队, publishes an activity that starts in two minutes, from where he stands.
    const leader = await signIn('钱卫东', { geolocation: browserPositionFor(PLACE), permissions: ['geolocation'] });
    await open(leader, LIST);
    await press(leader, '发布活动');
    await see(leader, '以谁的名义发布').waitFor();
    // his one team is chosen for him, and its activity is for its members
    await leader.getByRole('radio', { name: /环境卫士/ }).filter({ visible: true }).first().waitFor();
    expect(await leader.getByRole('radio', { name: '本队队员' }).filter({ visible: true }).first().getAttribute('aria-checked')).toBe('true');
    await fill(leader, 'input[placeholder="例如：周六清扫文化广场"]', TITLE);
    await fill(leader, '.ac-textarea textarea', DESCRIPTION);
    await fill(leader, 'input[placeholder="例如：和平社区文化广场东门"]', '幸福里社区广场东门');
    await press(leader, '用我现在的位置');
    await agreeWhenAsked(leader, '使用您的精确位置');
    await see(leader, '已用您现在的位置').waitFor();
    const start = beijing(Date.now() + 2 * MINUTE);
    await fill(leader, 'input[aria-label="开始时间（日期）"]', start.date);
    await fill(leader, 'input[aria-label="开始时间（几点）"]', start.time);
    await screenshot(leader, 'a01-create');
    expect(await seriousA11yViolations(leader)).toEqual([]);
    await press(leader, '发布活动');

    // the new activity's page: he organises it
    await see(leader, '您是这场活动的组织者').waitFor();
    await see(leader, TITLE).waitFor();
    await see(leader, '已报 0/20').waitFor();
    detailPath = new URL(leader.url()).hash.slice(1);
    expect(detailPath).toMatch(/^\/features\/activities\/pages\/detail\/index\?id=[0-9a-f-]{36}$/);
    const activityId = detailPath.split('id=')[1];
    managePath = `/features/activities/pages/manage/index?id=${activityId}`;

    // 赵志远, a member of the team, finds it among what he may join and signs up.
    const volunteer = await signIn('赵志远');
    await open(volunteer, LIST);
    await see(volunteer, '可报名').waitFor();
    const card = volunteer.locator('.ac-card').filter({ hasText: TITLE }).filter({ visible: true }).first();
    await card.getByText('已报 0/20').waitFor();
    await screenshot(volunteer, 'a02-list');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    await card.click();
    await see(volunteer, DESCRIPTION).waitFor();
    await screenshot(volunteer, 'a03-detail-before');
    await press(volunteer, '报名');
    await see(volunteer, '已报 1/20').waitFor();
    // check-in opens half an hour before the start: it is open now
    await see(volunteer, '到了现场，请签到').waitFor();
    await screenshot(volunteer, 'a04-detail-signed-up');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);

    // 钱卫东 opens 管理活动 → 签到码 on his phone.
    await press(leader, '管理活动');
    await see(leader, '报名成功 1/20 人 · 已签到 0 人').waitFor();
    await see(leader, '赵志远').waitFor();
    await see(leader, '13900001111').waitFor();
    await screenshot(leader, 'a05-roster');
    await leader.getByRole('tab', { name: '签到码' }).filter({ visible: true }).first().click();
    await leader.locator('.ac-code__digits').filter({ visible: true }).first().waitFor();
    expect(await leader.locator('.ct-qr img').filter({ visible: true }).first().getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    await screenshot(leader, 'a06-code');
    expect(await seriousA11yViolations(leader)).toEqual([]);

    // A wrong code is refused in words; the right one checks him in.
    await fill(volunteer, 'input[placeholder="6位数字"]', '000000');
    await press(volunteer, '签到');
    const right = await digitsOn(leader);
    if (right !== '000000') await see(volunteer, '签到码不对，请核对组织者手机上的6位数字').waitFor();
    await fill(volunteer, 'input[placeholder="6位数字"]', await digitsOn(leader));
    await press(volunteer, '签到');
    await see(volunteer, '已签到。活动开始', { exact: false }).waitFor();
    await screenshot(volunteer, 'a07-checked-in');

    // The morning passes: instead of waiting an hour and a half, the activity and his check-in move that far into the past.
    const db = app().db;
    const row = await db.selectFrom('activities').select(['startsAt']).where('id', '=', activityId).executeTakeFirstOrThrow();
    const shift = new Date(row.startsAt).getTime() - (Date.now() - 90 * MINUTE);
    const back = (d: Date | string | null) => (d === null ? null : new Date(new Date(d).getTime() - shift));
    const a = await db.selectFrom('activities').select(['startsAt', 'endsAt', 'signupDeadline']).where('id', '=', activityId).executeTakeFirstOrThrow();
    await db
      .updateTable('activities')
      .set({ startsAt: back(a.startsAt)!, endsAt: back(a.endsAt)!, signupDeadline: back(a.signupDeadline)! })
      .where('id', '=', activityId)
      .execute();
    const s = await db.selectFrom('activitySignups').select(['id', 'checkedInAt']).where('activityId', '=', activityId).executeTakeFirstOrThrow();
    await db.updateTable('activitySignups').set({ checkedInAt: back(s.checkedInAt)! }).where('id', '=', s.id).execute();

    // At the end he checks out with the code on the leader's screen (it changes every 30 seconds).
    await open(volunteer, detailPath);
    await see(volunteer, '活动结束时，请签退').waitFor();
    await fill(volunteer, 'input[placeholder="6位数字"]', await digitsOn(leader));
    await press(volunteer, '签退');
    await see(volunteer, '1小时30分钟').waitFor();
    await see(volunteer, '服务时长等组织者确认，确认后计入您的志愿服务记录，并发放积分。').waitFor();
    await screenshot(volunteer, 'a08-checked-out');

    // 钱卫东 confirms everyone's hours as scanned.
    await open(leader, `${managePath}&tab=hours`);
    await see(leader, '待确认 1 人').waitFor();
    await see(leader, '扫码 1小时30分钟', { exact: false }).waitFor();
    await screenshot(leader, 'a09-hours');
    expect(await seriousA11yViolations(leader)).toEqual([]);
    await press(leader, '全部按签到时长确认');
    await tap(leader, '全部确认');
    await see(leader, '已确认 1 人').waitFor();
    await see(leader, '1小时30分钟 · 15积分').waitFor();

    // 赵志远 sees the certified hours and the points they earned.
    await open(volunteer, detailPath);
    await see(volunteer, '组织者已确认您的服务时长').waitFor();
    const earned = volunteer.locator('.ac-earned').filter({ visible: true }).first();
    expect((await earned.innerText()).replace(/\s/g, '')).toContain('1.5小时15积分');
    await screenshot(volunteer, 'a10-certified');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    // the public pages never show his phone
    expect(await visibleText(volunteer)).not.toContain('13900001111');

    // …and the activity is on his 志愿服务记录证明, issued by the team.
    await open(volunteer, '/features/volunteers/pages/certificate/index');
    const cert = volunteer.locator('.ct-cert').filter({ visible: true }).first();
    await cert.waitFor();
    const certText = (await cert.innerText()).replace(/\s/g, '');
    expect(certText).toContain('兹证明赵志远同志');
    expect(certText).toContain(TITLE);
    await cert.locator('.vo-cert__sign').getByText('环境卫士志愿服务队').waitFor();
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const page = await signIn('钱卫东');
    await open(page, '/pages/home/index');
    await page.locator('.ct-switch').filter({ visible: true }).first().click();
    const pages: [string, string][] = [
      ['list', LIST],
      ['detail', detailPath],
      ['create', '/features/activities/pages/create/index'],
      ['manage', managePath],
      ['manage-hours', `${managePath}&tab=hours`],
    ];
    const findings: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(page, `a-large-${name}`);
      const found = await seriousA11yViolations(page);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });
});
