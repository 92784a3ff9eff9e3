import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(120_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

/** 大字模式 on or off, by the switch on 首页. */
async function largeText(page: Page) {
  await open(page, '/pages/home/index');
  await page.locator('.ct-switch').filter({ visible: true }).first().click();
}

describe('appointments by invitation, in the browser', () => {
  it('吴敏 invites a captain for 和平社区 3号楼; 张秀兰 types the code in 我的, says she lives there too (2单元 501), accepts, is bound at once and finds the captain\'s work in her 工作台', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/features/appointments/pages/invite/index');
    await tap(admin, '楼长');
    await tap(admin, '和平社区');
    await tap(admin, '3号楼');
    await screenshot(admin, 'appointments-00-form');
    await tap(admin, '生成邀请');
    await see(admin, '邀请已生成：和平社区 3号楼 楼长').waitFor();
    await screenshot(admin, 'appointments-01-invitation');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const { code } = await app().db.selectFrom('invitations').select('code').where('countyId', '=', app().county.countyId).executeTakeFirstOrThrow();

    const resident = await signIn('张秀兰');
    await open(resident, '/pages/mine/index');
    await tap(resident, '输入邀请码');
    await resident.locator('input[placeholder="请输入6位邀请码"]').filter({ visible: true }).fill(code);
    await tap(resident, '查看邀请');
    await see(resident, '吴敏 邀请您担任').waitFor();
    await screenshot(resident, 'appointments-02-preview');
    // Her room: the unit first, then the room (a long unit would ask the floor in between).
    const ownHome = async () => {
      await tap(resident, '我也住在这栋楼');
      await tap(resident, '2单元');
      await tap(resident, '501');
      await see(resident, '您选的是：2单元 501').waitFor();
      await tap(resident, '业主');
    };
    await ownHome();
    await screenshot(resident, 'appointments-02b-own-home');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    // 大字模式: the same picker still reads; she opens the invitation again there.
    await largeText(resident);
    await open(resident, '/pages/mine/index');
    await tap(resident, '输入邀请码');
    await resident.locator('input[placeholder="请输入6位邀请码"]').filter({ visible: true }).fill(code);
    await tap(resident, '查看邀请');
    await ownHome();
    await screenshot(resident, 'appointments-02b-own-home-large-text');
    await tap(resident, '接受邀请');
    await see(resident, '您现在是').waitFor();
    await see(resident, '您的家已绑定：和平社区 3号楼 2单元 501。这栋楼的通知会发给您。').waitFor();
    await screenshot(resident, 'appointments-02c-accepted');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await largeText(resident);

    await open(resident, '/pages/mine/index');
    await see(resident, '住户绑定审核').waitFor();
    await see(resident, '楼长 · 和平社区 3号楼').waitFor();
    await screenshot(resident, 'appointments-03-workbench');

    // The admin sees her among the posts, and was told.
    await open(admin, '/features/appointments/pages/holders/index');
    await see(admin, '张秀兰').waitFor();
    await see(admin, '待接受的邀请（0）').waitFor();
    await screenshot(admin, 'appointments-04-holders');
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });
});
