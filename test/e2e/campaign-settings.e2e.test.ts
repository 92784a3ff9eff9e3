import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(120_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const PHOTO = { name: 'square.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };

describe('the campaign\'s settings, in the browser', () => {
  it('吴敏 gives the campaign a slogan and a banner photo; the preview shows it, and a resident\'s home page then does', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/pages/mine/index');
    await tap(admin, '创文设置');
    await see(admin, '首页预览').waitFor();
    await admin.locator('input[placeholder="例如：文明青禾 你我共建"]').filter({ visible: true }).fill('文明青禾 你我共建');
    await see(admin, '文明青禾 你我共建').waitFor();
    await admin.locator(`input[type=file][aria-label="添加横幅照片"]`).setInputFiles(PHOTO);
    await see(admin, '已添加 1 张，最多 1 张').waitFor();
    await screenshot(admin, 'settings-00-form');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '保存');
    await see(admin, '已保存，首页已更新').waitFor();
    const row = await app().db.selectFrom('counties').select(['slogan', 'bannerRef']).where('id', '=', app().county.countyId).executeTakeFirstOrThrow();
    expect(row.slogan).toBe('文明青禾 你我共建');
    expect(row.bannerRef).toMatch(/^\/files\//);

    const resident = await signIn('张秀兰');
    await open(resident, '/pages/home/index');
    await see(resident, '文明青禾 你我共建').waitFor();
    expect(await resident.locator('.ct-banner--photo img').filter({ visible: true }).count()).toBe(1);
    await screenshot(resident, 'settings-01-home');
  });

  it('a name too short is said beside the name, and nothing is saved', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/features/admin/pages/settings/index');
    await admin.locator('input[placeholder="例如：青禾县创建全国文明城市"]').filter({ visible: true }).fill('创文');
    await tap(admin, '保存');
    await see(admin, '请填写创建活动的名称（至少4个字）').waitFor();
    const row = await app().db.selectFrom('counties').select('campaignName').where('id', '=', app().county.countyId).executeTakeFirstOrThrow();
    expect(row.campaignName).toBe('青禾县创建全国文明城市');
  });
});
