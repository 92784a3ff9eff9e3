import type { Page } from 'playwright-core';
import { newId } from '../../server/core/ids';
import { newCheckinSecret } from '../../server/modules/activities/domain/checkin-code';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { downloadByTapping, pngSize } from './support/download';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(240_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const HOME = '/features/volunteers/pages/home/index';
const PHONE = '13800002222';
const HOUR_MS = 3_600_000;

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM: only visible text counts). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function fill(page: Page, selector: string, value: string) {
  await page.locator(selector).filter({ visible: true }).first().fill(value);
}

/** An action of the API as the signed-in person, the way the app's own calls go (POST /api/<module>). */
async function callApi(page: Page, module: string, action: string, input: object): Promise<any> {
  return page.evaluate(
    async ({ module, action, input }) => {
      const res = await fetch(`/api/${module}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, input }) });
      return res.json();
    },
    { module, action, input },
  );
}

/**
 * Two activities of 环境卫士志愿服务队 that ended last week, 赵志远 signed up
 * to both: he scanned in and out of the first (2 hours), not the second. The
 * history a certificate needs, written as the activities module would have.
 */
async function pastServiceOf赵志远(): Promise<{ scanned: { activityId: string; signupId: string }; unscanned: { activityId: string; signupId: string } }> {
  const { db, county } = app();
  const lead = county.people.team_lead.userId;
  const volunteer = county.people.volunteer.userId;
  const make = async (title: string, daysAgo: number, scannedMinutes: number | null) => {
    const activityId = newId();
    const signupId = newId();
    const startsAt = new Date(Date.now() - daysAgo * 24 * HOUR_MS);
    const endsAt = new Date(startsAt.getTime() + 2 * HOUR_MS);
    await db
      .insertInto('activities')
      .values({
        id: activityId,
        countyId: county.countyId,
        organiserKind: 'team',
        teamId: county.teamId,
        communityId: null,
        title,
        description: '清理楼道小广告、捡拾绿化带垃圾。',
        placeName: '和平社区广场',
        lat: 34.8226,
        lng: 114.8107,
        startsAt,
        endsAt,
        signupDeadline: new Date(startsAt.getTime() - 12 * HOUR_MS),
        capacity: 20,
        audience: 'volunteers',
        pointsPerHour: 10,
        requireNearby: false,
        checkinSecret: newCheckinSecret(),
        createdBy: lead,
        createdAt: new Date(startsAt.getTime() - 3 * 24 * HOUR_MS),
      })
      .execute();
    await db
      .insertInto('activitySignups')
      .values({
        id: signupId,
        countyId: county.countyId,
        activityId,
        userId: volunteer,
        status: 'confirmed',
        seq: 1,
        signedUpAt: new Date(startsAt.getTime() - 2 * 24 * HOUR_MS),
        promotedAt: null,
        cancelledAt: null,
        checkedInAt: scannedMinutes === null ? null : startsAt,
        checkedOutAt: scannedMinutes === null ? null : new Date(startsAt.getTime() + scannedMinutes * 60_000),
        scannedMinutes,
      })
      .execute();
    return { activityId, signupId };
  };
  return {
    scanned: await make('和平社区楼道小广告清理', 8, 120),
    unscanned: await make('和平社区绿化带捡拾垃圾', 6, null),
  };
}

describe('志愿服务: registering, joining a team, and the hours certificate', () => {
  it('张秀兰 registers and applies to 环境卫士志愿服务队 → 钱卫东 approves → 张秀兰 is a member', async () => {
    // 张秀兰 finds 志愿服务 on 首页: not registered yet, she is asked to.
    const volunteer = await signIn('张秀兰');
    await tap(volunteer, '志愿服务');
    await see(volunteer, '成为志愿者').waitFor();
    await screenshot(volunteer, 'v01-hub-unregistered');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    await tap(volunteer, '注册志愿者');

    // The form says who sees her name and phone; she fills it in.
    await see(volunteer, '真实姓名').waitFor();
    await see(volunteer, '只有您所在队伍的队长和负责志愿服务的工作人员能看到', { exact: false }).waitFor();
    await tap(volunteer, '注册成为志愿者');
    await see(volunteer, '请填写您的真实姓名').waitFor();
    await see(volunteer, '请选择您服务的社区或村').waitFor();
    await fill(volunteer, 'input[placeholder="例如：张秀兰"]', '张秀兰');
    await fill(volunteer, 'input[placeholder="11位手机号"]', PHONE);
    await tap(volunteer, '幸福里社区');
    await tap(volunteer, '垃圾分类');
    await tap(volunteer, '急救');
    await see(volunteer, '已选 2 项，最多 10 项').waitFor();
    // A real name and a phone only with their own, separate tick box.
    await tap(volunteer, '我同意为志愿服务提供真实姓名和手机号');
    await screenshot(volunteer, 'v02-register');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    await tap(volunteer, '注册成为志愿者');
    await see(volunteer, '资料已保存').waitFor();

    // Back on 志愿服务 as a volunteer, with no team yet.
    await see(volunteer, '服务社区：幸福里社区').waitFor();
    await see(volunteer, '还没有加入志愿服务队', { exact: false }).waitFor();
    await screenshot(volunteer, 'v03-hub-registered');
    await tap(volunteer, '找一支队伍加入');
    await see(volunteer, '志愿服务队').waitFor();
    await see(volunteer, '环境卫士志愿服务队').waitFor();
    await screenshot(volunteer, 'v04-teams');
    expect(await seriousA11yViolations(volunteer)).toEqual([]);
    await tap(volunteer, '环境卫士志愿服务队');
    await see(volunteer, '现有队员 2 名').waitFor();
    await tap(volunteer, '申请加入');
    await see(volunteer, '申请已提交，等队长审核').waitFor();
    await see(volunteer, '等待队长审核').waitFor();
    await see(volunteer, '撤回申请').waitFor();
    // the roster is the leader's: nobody's name or phone here
    expect(await visibleText(volunteer)).not.toContain('13900002222');
    expect(await visibleText(volunteer)).not.toContain('队员名单');
    await screenshot(volunteer, 'v05-team-pending');
    const teamPath = new URL(volunteer.url()).hash.slice(1);
    expect(teamPath).toMatch(/^\/features\/volunteers\/pages\/team\/index\?id=[0-9a-f-]{36}$/);

    // 钱卫东 leads the team: from 我的 → 工作台 → 队员管理 he sees her application with her name and phone, and approves.
    const lead = await signIn('钱卫东');
    await open(lead, '/pages/mine/index');
    await tap(lead, '队员管理');
    await see(lead, '入队申请（1）').waitFor();
    await see(lead, '张秀兰').waitFor();
    await see(lead, '138 0000 2222').waitFor();
    await see(lead, '队员名单（2人）').waitFor();
    await see(lead, '发布活动').waitFor();
    await screenshot(lead, 'v06-members');
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await tap(lead, '同意入队');
    await see(lead, '已同意张秀兰入队').waitFor();
    await see(lead, '入队申请（0）').waitFor();
    await see(lead, '队员名单（3人）').waitFor();
    await screenshot(lead, 'v07-members-approved');

    // 张秀兰 sees herself a member: on the team's page, and among her teams.
    await open(volunteer, teamPath);
    await see(volunteer, '您是本队队员，可以报名队里的活动。').waitFor();
    await see(volunteer, '已加入').waitFor();
    await see(volunteer, '现有队员 3 名').waitFor();
    await screenshot(volunteer, 'v08-team-member');
    await open(volunteer, HOME);
    await see(volunteer, '我的队伍').waitFor();
    const mine = volunteer.locator('.vo-team').filter({ hasText: '环境卫士志愿服务队' }).filter({ visible: true }).first();
    await mine.getByText('已加入').waitFor();
    await screenshot(volunteer, 'v09-hub-member');
  });

  it('赵志远\'s certified hours: by month with 补录 marked, his points, and the certificate', async () => {
    const past = await pastServiceOf赵志远();
    // 钱卫东 certifies both: the scanned 2 hours as they were, the other 1.5 hours afterwards with a reason (back-filled).
    const lead = await signIn('钱卫东');
    const certified = await callApi(lead, 'activities', 'certify', { activityId: past.scanned.activityId, entries: [{ signupId: past.scanned.signupId, minutes: 120 }] });
    expect(certified).toMatchObject({ ok: true, data: [{ minutes: 120, backfilled: false, points: 20 }] });
    const backfilled = await callApi(lead, 'activities', 'certify', {
      activityId: past.unscanned.activityId,
      entries: [{ signupId: past.unscanned.signupId, minutes: 90, reason: '手机没电没能签到，队长现场核实' }],
    });
    expect(backfilled).toMatchObject({ ok: true, data: [{ minutes: 90, backfilled: true, points: 0 }] });

    const zhao = await signIn('赵志远');
    await open(zhao, HOME);
    await see(zhao, '3.5').waitFor();
    await screenshot(zhao, 'v10-hub');
    expect(await seriousA11yViolations(zhao)).toEqual([]);

    await tap(zhao, '服务时长 ›');
    await see(zhao, '累计服务时长').waitFor();
    await see(zhao, '和平社区楼道小广告清理').waitFor();
    await see(zhao, '补录').waitFor();
    await see(zhao, '积分 +20').waitFor();
    await screenshot(zhao, 'v11-hours');
    expect(await seriousA11yViolations(zhao)).toEqual([]);

    await open(zhao, '/features/volunteers/pages/points/index');
    await see(zhao, '我的积分').waitFor();
    await see(zhao, '+20').waitFor();
    await see(zhao, '志愿服务「和平社区楼道小广告清理」2.0小时').waitFor();
    await screenshot(zhao, 'v12-points');
    expect(await seriousA11yViolations(zhao)).toEqual([]);

    // The certificate opens: his registered name, 3.5 hours over 2 activities, 补录 marked, the team as issuer.
    await open(zhao, '/features/volunteers/pages/certificate/index');
    await see(zhao, '志愿服务记录证明').waitFor();
    const cert = zhao.locator('.ct-cert').filter({ visible: true }).first();
    await cert.waitFor();
    const text = (await cert.innerText()).replace(/\s/g, '');
    expect(text).toContain('兹证明赵志远同志在青禾县参加志愿服务活动2次');
    expect(text).toContain('3.5小时（3小时30分）');
    expect(text).toContain('和平社区绿化带捡拾垃圾');
    expect(text).toContain('1小时30分（补录）');
    expect(text).toMatch(/编号：ZY\d{8}[0-9A-F]{6}/);
    await cert.locator('.vo-cert__sign').getByText('环境卫士志愿服务队').waitFor();
    // a certificate: the campaign on top, and the county's seal
    await cert.getByText('青禾县创建全国文明城市').waitFor();
    await cert.getByRole('img', { name: '青禾县文明共建印章图案' }).waitFor();
    await see(zhao, '打印证明').waitFor();
    await screenshot(zhao, 'v13-certificate');
    expect(await seriousA11yViolations(zhao)).toEqual([]);
    // 保存为图片: the same certificate drawn on a canvas, downloaded as a PNG of real size and content
    const saved = await downloadByTapping(zhao, '保存为图片');
    expect(saved.name).toMatch(/^志愿服务记录证明-ZY\d{8}[0-9A-F]{6}\.png$/);
    expect(pngSize(saved.bytes)).toEqual({ width: 1500, height: 2400 });
    expect(saved.bytes.length).toBeGreaterThan(60_000);
    await see(zhao, '证书图片已下载').waitFor();
    // printed, only the certificate is on the sheet
    await zhao.emulateMedia({ media: 'print' });
    expect(await zhao.locator('.ct-cert-actions').filter({ visible: true }).count()).toBe(0);
    await screenshot(zhao, 'v14-certificate-print');
    await zhao.emulateMedia({ media: 'screen' });

    // The leaderboard: this month, 环境卫士志愿服务队 and 和平社区 with his hours (no person named).
    await open(zhao, '/features/volunteers/pages/leaderboard/index?period=month');
    await see(zhao, '志愿服务排行榜').waitFor();
    await screenshot(zhao, 'v15-leaderboard');
    expect(await seriousA11yViolations(zhao)).toEqual([]);
    expect(await visibleText(zhao)).not.toContain('赵志远');
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const lead = await signIn('钱卫东');
    await open(lead, '/pages/home/index');
    await lead.locator('.ct-switch').filter({ visible: true }).first().click();
    const teamId = app().county.teamId;
    const pages: [string, string][] = [
      ['hub', HOME],
      ['register', '/features/volunteers/pages/register/index'],
      ['teams', '/features/volunteers/pages/teams/index'],
      ['team', `/features/volunteers/pages/team/index?id=${teamId}`],
      ['members', `/features/volunteers/pages/members/index?id=${teamId}`],
      ['hours', '/features/volunteers/pages/hours/index'],
      ['certificate', '/features/volunteers/pages/certificate/index'],
      ['leaderboard', '/features/volunteers/pages/leaderboard/index'],
      ['points', '/features/volunteers/pages/points/index'],
    ];
    const findings: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await open(lead, path);
      await lead.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(lead, `v-large-${name}`);
      const found = await seriousA11yViolations(lead);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });
});
