import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(180_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

function tile(page: Page, label: string) {
  return page.locator('.home__tile', { has: page.getByText(label, { exact: true }) }).filter({ visible: true }).first();
}

/** The count on a 工作台 tile (its badge; 0 when there is none). */
async function tileCount(page: Page, label: string): Promise<number> {
  await tile(page, label).waitFor();
  return Number((await tile(page, label).getAttribute('data-count')) || 0);
}

describe('工作台 and who is told', () => {
  it('a binding: 张秀兰 asks, 李桂芳 sees it on her 工作台 and approves from it, 张秀兰 is told in 消息', async () => {
    const resident = await signIn('张秀兰');
    await open(resident, '/features/household/pages/bind/index');
    // 幸福里社区 → 1号楼 → 1单元 → 501, as a tenant.
    for (const step of ['幸福里社区', '1号楼', '1单元', '501']) await tap(resident, step);
    await tap(resident, '租户');
    await tap(resident, '提交申请');
    await open(resident, '/pages/mine/index');
    await see(resident, '等待楼长审核，通过后会在消息里告诉您').waitFor();
    await screenshot(resident, 'w01-mine-pending');

    const captain = await signIn('李桂芳');
    await open(captain, '/pages/home/index');
    await see(captain, '工作台 · 楼长 · 幸福里社区 1号楼').waitFor();
    expect(await tileCount(captain, '绑定审核')).toBe(1);
    await screenshot(captain, 'w02-captain-home');
    expect(await seriousA11yViolations(captain)).toEqual([]);
    await tile(captain, '绑定审核').click();
    await see(captain, '张秀兰 · 申请作为租户').waitFor();
    await tap(captain, '同意');
    await see(captain, /还没有待处理|暂无待处理|没有待审核|都处理完了/).waitFor();

    await open(resident, '/pages/inbox/index');
    await see(resident, '住户绑定已通过').waitFor();
    await screenshot(resident, 'w03-inbox-approved');
  });

  it('a new 随手拍: 孙丽 sees it counted on her 工作台 and told in 消息, opens the queue from the tile', async () => {
    const reporter = await signIn('王建国');
    await open(reporter, '/pages/home/index');
    // Filed through the API as the reporter's page would (the report form has its own test).
    const staffBefore = await signIn('孙丽');
    await open(staffBefore, '/pages/home/index');
    const before = await tileCount(staffBefore, '随手拍待处理');

    const { reportId } = await reporter.evaluate(async () => {
      const post = (module: string, body: object) =>
        fetch(`/api/${module}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const categories = (await post('reports', { action: 'categories', input: {} })).data as { id: string; name: string }[];
      const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      const upload = (await post('files', { action: 'upload', input: { data: png } })).data as { ref: string };
      // as the sheet before the first 定位 records it
      await post('privacy', { action: 'consent', input: { purpose: 'precise_location' } });
      const answer = await post('reports', {
        action: 'submit',
        input: {
          idempotencyKey: crypto.randomUUID(),
          categoryId: categories.find((c) => c.name === '乱扔垃圾')!.id,
          description: '幸福里社区北门的垃圾桶满了，垃圾撒在路上',
          latitude: 28.2295,
          longitude: 112.9402,
          address: '幸福里社区北门',
          anonymous: false,
          photos: [upload.ref],
        },
      });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      return answer.data as { reportId: string };
    });
    expect(reportId).toBeTruthy();

    const staff = staffBefore;
    await open(staff, '/pages/home/index');
    expect(await tileCount(staff, '随手拍待处理')).toBe(before + 1);
    await screenshot(staff, 'w04-staff-home');
    expect(await seriousA11yViolations(staff)).toEqual([]);

    await open(staff, '/pages/inbox/index');
    await see(staff, '新的随手拍待受理').waitFor();
    await open(staff, '/pages/home/index');
    await tile(staff, '随手拍待处理').click();
    await see(staff, '幸福里社区北门', { exact: false }).waitFor();
    expect(app().county.people.staff.userId).toBeTruthy();
  });

  it("each working role's 首页 in normal and large text, for review", async () => {
    for (const name of ['李桂芳', '孙丽', '周强', '钱卫东', '吴敏']) {
      const page = await signIn(name);
      await open(page, '/pages/home/index');
      await see(page, /^工作台 · /).waitFor();
      await screenshot(page, `w-home-${name}`);
      await page.locator('.ct-switch').filter({ visible: true }).first().click();
      // From the top again, as the person opens 首页 next time, now in large text.
      await open(page, '/pages/home/index');
      await see(page, /^工作台 · /).waitFor();
      await screenshot(page, `w-home-${name}-large`);
      expect([name, await seriousA11yViolations(page)]).toEqual([name, []]);
    }
  });
});
