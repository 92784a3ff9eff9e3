import type { Page } from 'playwright-core';
import { award } from '../../server/modules/points/facade';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { see, useAppInBrowser } from './support/phone';

jest.setTimeout(300_000);

const { app, signIn: signInAny, open, tap } = useAppInBrowser();
/** At 375×812, the phone the pages are checked on. */
const signIn = (name: string) => signInAny(name, { viewport: { width: 375, height: 812 } });

async function balanceOf(userId: string): Promise<number> {
  const row = await app().db.selectFrom('pointAccounts').select('balance').where('userId', '=', userId).where('kind', '=', 'person').executeTakeFirst();
  return row?.balance ?? 0;
}

/** The confirming button of the sheet that opened (the page's own button with the same words lies under it). */
async function confirmInSheet(page: Page, text: string) {
  await page.getByText(text, { exact: true }).filter({ visible: true }).last().click();
}

const findings: Record<string, string[]> = {};
async function look(page: Page, name: string) {
  await screenshot(page, name);
  const found = await seriousA11yViolations(page);
  if (found.length) findings[name] = found;
}

describe('积分换互助: help bought with points', () => {
  let detailPath = '';

  it('王建国 posts a help request → 赵志远 accepts → both confirm → the points move and 赵志远\'s 互助时长 shows', async () => {
    const county = app().county;
    const residentId = county.people.guardian.userId;
    const volunteerId = county.people.volunteer.userId;
    // 王建国 earned points with his 随手拍 reports.
    await award(app().db, { countyId: county.countyId, userId: residentId, amount: 100, sourceKey: 'e2e:guardian-points', kind: 'report_accepted', memo: '随手拍反映的问题已受理', at: new Date() });
    const volunteerBefore = await balanceOf(volunteerId);

    // 王建国 finds 积分换互助 on 我的 and asks for someone to go to the hospital with him.
    const resident = await signIn('王建国');
    await open(resident, '/pages/mine/index');
    await tap(resident, '积分换互助');
    await see(resident, '我的互助', { exact: false }).waitFor();
    await tap(resident, '请人帮忙');
    await see(resident, '给多少积分').waitFor();
    await tap(resident, '陪同就医');
    await resident.locator('textarea').filter({ visible: true }).first().fill('周三上午陪我去县医院复查，我腿脚不方便');
    await resident.locator('input[placeholder="例如：幸福里社区3号楼2单元楼下"]').filter({ visible: true }).first().fill('幸福里社区1号楼1单元301');
    await tap(resident, '2小时');
    await look(resident, 'help-01-post');
    await tap(resident, '发布');
    await see(resident, '等人接单').waitFor();
    await see(resident, '20积分已由平台暂存', { exact: false }).waitFor();
    detailPath = new URL(resident.url()).hash.slice(1);
    expect(detailPath).toMatch(/^\/features\/help\/pages\/detail\/index\?id=/);
    expect(await balanceOf(residentId)).toBe(80);
    await look(resident, 'help-02-posted');

    // 赵志远, a registered volunteer, sees it in 互助大厅 and accepts it.
    const volunteer = await signIn('赵志远');
    await open(volunteer, '/features/volunteers/pages/home/index');
    await tap(volunteer, '互助大厅');
    await see(volunteer, '周三上午陪我去县医院复查，我腿脚不方便').waitFor();
    await look(volunteer, 'help-03-open');
    await tap(volunteer, '周三上午陪我去县医院复查，我腿脚不方便');
    await tap(volunteer, '我来帮忙');
    await see(volunteer, '接这一单？').waitFor();
    await look(volunteer, 'help-04-accept');
    await confirmInSheet(volunteer, '接单');
    await see(volunteer, '请按约定的时间去帮忙，帮完后点“确认完成”。').waitFor();

    // After the visit, both confirm.
    await tap(volunteer, '确认完成');
    await confirmInSheet(volunteer, '确认完成');
    await see(volunteer, '您已确认，等对方确认后积分就到账。').waitFor();
    expect(await balanceOf(volunteerId)).toBe(volunteerBefore);

    await open(resident, detailPath);
    await see(resident, '赵志远接了单', { exact: false }).waitFor();
    await tap(resident, '确认完成');
    await see(resident, '给帮忙的人打个分').waitFor();
    await tap(resident, '5星');
    await look(resident, 'help-05-confirm');
    await confirmInSheet(resident, '确认完成');
    await see(resident, '已完成').waitFor();
    await see(resident, '评分：★★★★★（5星）').waitFor();
    await look(resident, 'help-06-done');

    expect(await balanceOf(residentId)).toBe(80);
    expect(await balanceOf(volunteerId)).toBe(volunteerBefore + 20);

    // 赵志远's 我的积分 shows the 20 points and 2 hours of 互助时长; 我的互助 too.
    await open(volunteer, '/features/volunteers/pages/points/index');
    await see(volunteer, '互助时长2小时', { exact: false }).or(volunteer.getByLabel('互助时长2小时')).first().waitFor();
    await see(volunteer, String(volunteerBefore + 20)).waitFor();
    await look(volunteer, 'help-07-points');
    await open(volunteer, '/features/help/pages/mine/index');
    await see(volunteer, '2小时').waitFor();
    await look(volunteer, 'help-08-mine');
    // and 消息 told him the points arrived.
    const told = await app().db.selectFrom('inboxMessages').select('title').where('userId', '=', volunteerId).where('kind', '=', 'help').execute();
    expect(told.map((m) => m.title)).toEqual(['20积分已到账：陪同就医']);
  });

  it('孙丽 posts for 刘秀英, who has no WeChat → 赵志远 accepts, cannot come and gives it up → accepts again; a cancel he declines, a dispute → 孙丽 decides it on 互助争议 and he is paid', async () => {
    const county = app().county;
    const volunteerId = county.people.volunteer.userId;
    const volunteerBefore = await balanceOf(volunteerId);

    // 孙丽, 幸福里社区's grid worker, posts a request for 刘秀英 (the county's points pay for it).
    const staff = await signIn('孙丽');
    await open(staff, '/features/help/pages/post/index');
    await see(staff, '替没有微信的居民发布').waitFor();
    await tap(staff, '打扫卫生');
    await staff.locator('textarea').filter({ visible: true }).first().fill('刘秀英奶奶腿脚不便，请帮忙打扫一下屋子');
    await tap(staff, '幸福里社区');
    await staff.locator('input[placeholder="例如：幸福里社区3号楼2单元楼下"]').filter({ visible: true }).first().fill('幸福里社区2号楼1单元101');
    await staff.locator('input[placeholder="例如：20"]').filter({ visible: true }).first().fill('15');
    await staff.locator('input[placeholder="例如：刘秀英"]').filter({ visible: true }).first().fill('刘秀英');
    await look(staff, 'help-09-staff-post');
    await tap(staff, '发布');
    await see(staff, '等人接单').waitFor();
    const path = new URL(staff.url()).hash.slice(1);
    await see(staff, '求助的人：刘秀英', { exact: false }).waitFor();

    // 赵志远 accepts it, then finds he cannot come and gives it up: it waits for someone else again.
    const volunteer = await signIn('赵志远');
    await open(volunteer, path);
    await tap(volunteer, '我来帮忙');
    await confirmInSheet(volunteer, '接单');
    await see(volunteer, '请按约定的时间去帮忙，帮完后点“确认完成”。').waitFor();
    await tap(volunteer, '来不了了');
    await see(volunteer, '这一单会重新等别的志愿者来接，15积分仍由平台保管。我们会告诉求助的人。').waitFor();
    await look(volunteer, 'help-10-give-up');
    await confirmInSheet(volunteer, '确认放弃');
    await see(volunteer, '我来帮忙').waitFor();
    await see(volunteer, '等人接单').waitFor();

    // He can come after all and takes it again.
    await tap(volunteer, '我来帮忙');
    await confirmInSheet(volunteer, '接单');
    await see(volunteer, '来不了了').waitFor();

    // 孙丽, acting for 刘秀英, asks to cancel; 赵志远 does not agree.
    await open(staff, path);
    await see(staff, '赵志远接了单', { exact: false }).waitFor();
    await tap(staff, '取消需求');
    await see(staff, '要请赵志远同意。对方同意后，15积分马上退回。').waitFor();
    await tap(staff, '临时不需要了');
    await look(staff, 'help-11-ask-cancel');
    await confirmInSheet(staff, '请对方同意');
    await see(staff, '已请赵志远同意取消（临时不需要了），等对方答复。对方同意后，积分马上退回。').waitFor();

    await open(volunteer, path);
    await see(volunteer, '求助的人想取消这一单：临时不需要了。请点“同意取消”或“不同意”。').waitFor();
    await look(volunteer, 'help-12-answer-cancel');
    await tap(volunteer, '不同意');
    await confirmInSheet(volunteer, '不同意');
    await see(volunteer, '请按约定的时间去帮忙，帮完后点“确认完成”。').waitFor();

    // The two do not agree on what happened: 赵志远 says 没有进行 and it goes to the community.
    await tap(volunteer, '没有进行');
    await tap(volunteer, '临时不需要了');
    await confirmInSheet(volunteer, '交给社区处理');
    await see(volunteer, '社区处理中').waitFor();

    // 孙丽 finds it on 互助争议 and pays the helper, with a reason.
    await open(staff, '/features/help/pages/disputes/index');
    await see(staff, '打扫卫生 · 15积分').waitFor();
    await look(staff, 'help-13-disputes');
    await tap(staff, '打扫卫生 · 15积分');
    await tap(staff, '处理争议');
    await tap(staff, '付给帮忙的人（赵志远）');
    await tap(staff, '电话问过双方，确实帮过了');
    await look(staff, 'help-14-resolve');
    await confirmInSheet(staff, '付给帮忙的人');
    await see(staff, '已完成').waitFor();
    await see(staff, '社区处理后，15积分付给了帮忙的人。理由：电话问过双方，确实帮过了').waitFor();
    expect(await balanceOf(volunteerId)).toBe(volunteerBefore + 15);
    const told = await app().db.selectFrom('inboxMessages').select('title').where('userId', '=', volunteerId).where('kind', '=', 'help').orderBy('createdAt').execute();
    expect(told.map((m) => m.title)).toEqual(expect.arrayContaining(['对方想取消：打扫卫生', '社区已处理：打扫卫生']));
  });

  it('the pages hold up in large text (大字模式), with no serious axe findings', async () => {
    const largeText = async (page: Page) => {
      await open(page, '/pages/home/index');
      await page.locator('.ct-switch').filter({ visible: true }).last().click();
    };
    const check = async (page: Page, name: string, path: string) => {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await look(page, `help-large-${name}`);
    };
    const volunteer = await signIn('赵志远');
    await largeText(volunteer);
    await check(volunteer, 'post', '/features/help/pages/post/index');
    await check(volunteer, 'open', '/features/help/pages/open/index');
    await check(volunteer, 'mine', '/features/help/pages/mine/index');
    await check(volunteer, 'detail', detailPath);
    await check(volunteer, 'points', '/features/volunteers/pages/points/index');
    expect(findings).toEqual({});
  });
});
