import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(120_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

describe('个人信息与账号, in the browser', () => {
  it('赵志远 reads and downloads what the county holds about him, then deletes his account with the typed word', async () => {
    const person = await signIn('赵志远');
    await open(person, '/pages/mine/index');
    await tap(person, '个人信息与账号');
    await see(person, '名字：赵志远').waitFor();
    await see(person, '手机：13900001111').waitFor();
    await see(person, '和平社区 2号楼 1单元 502').waitFor();
    const download = person.waitForEvent('download');
    await tap(person, '保存一份我的信息');
    expect((await download).suggestedFilename()).toBe('我的个人信息.json');
    await screenshot(person, 'privacy-00-my-data');
    await see(person, '已下载').waitFor({ state: 'hidden' });
    expect(await seriousA11yViolations(person)).toEqual([]);

    await person.locator('input[placeholder="输入“注销”两个字确认"]').filter({ visible: true }).fill('确定');
    await tap(person, '注销我的账号');
    await see(person, '请输入“注销”两个字确认').waitFor();
    await person.locator('input[placeholder="输入“注销”两个字确认"]').filter({ visible: true }).fill('注销');
    await tap(person, '注销我的账号');
    await person.waitForURL(/sign-in/);
    const row = await app().db.selectFrom('users').select(['name', 'openid']).where('id', '=', app().county.people.volunteer.userId).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '已注销用户', openid: null });
    // A browser keeps no tab page's answer (only the mini-program does, src/lib/answer-cache.ts): nothing of his is left.
    expect(await person.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ct.answer.')))).toEqual([]);

    // Signed out, the privacy guide still reads, from the sign-in page (once it has finished coming in).
    await see(person, '选择一位体验者').waitFor();
    await see(person, '隐私保护指引').waitFor({ state: 'visible' });
    await tap(person, '隐私保护指引');
    await see(person, '谁在处理您的信息').waitFor();
    await see(person, '“文明共建”小程序由本县创建全国文明城市指挥部办公室运营，服务本县的文明城市创建。个人信息的事，请联系：请到所在社区居委会（村委会）联系。').waitFor();
    await screenshot(person, 'privacy-01-guide');
    expect(await seriousA11yViolations(person)).toEqual([]);
  });

  it('the guide names the county, who runs the app and how to reach them, as the admin set them', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/features/admin/pages/settings/index');
    await admin.locator('input[placeholder="例如：青禾县创建全国文明城市指挥部办公室"]').filter({ visible: true }).fill('青禾县创文办');
    await admin.locator('input[placeholder="例如：0731-12345678，县政府大楼3楼"]').filter({ visible: true }).fill('0731-88886666');
    await tap(admin, '保存');
    await see(admin, '已保存，首页已更新').waitFor();
    const resident = await signIn('张秀兰');
    await open(resident, '/pages/mine/index');
    await tap(resident, '隐私保护指引');
    await see(resident, '“文明共建”小程序由青禾县创文办运营，服务青禾县的文明城市创建。个人信息的事，请联系：0731-88886666。').waitFor();
  });

  it('张秀兰 gives her name and a photo as her avatar', async () => {
    const resident = await signIn('张秀兰');
    await open(resident, '/features/profile/pages/edit/index');
    await resident.locator('input[type=file][aria-label="选择头像照片"]').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') });
    await see(resident, '已添加 1 张，最多 1 张').waitFor();
    await resident.locator('input[placeholder="请填写您的姓名"]').filter({ visible: true }).fill('张秀兰');
    await screenshot(resident, 'profile-00-edit');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await tap(resident, '保存');
    // Opened by its address, the page goes on to 我的, which greets her by the new name.
    await see(resident, '个人信息与账号').waitFor();
    const saved = await app().db.selectFrom('users').select(['name', 'avatarRef']).where('id', '=', app().county.people.resident.userId).executeTakeFirstOrThrow();
    expect(saved).toEqual({ name: '张秀兰', avatarRef: expect.stringMatching(/^\/files\//) });
  });
});
