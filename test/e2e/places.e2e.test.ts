import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(120_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const SHEET = [
  '片区,社区/村,类型,楼栋/组,单元,房号/户',
  '城北片区,新桥社区,社区,8号楼,1单元,101',
  '城北片区,新桥社区,社区,8号楼,1单元,102',
  '城北片区,新桥社区,社区,9号楼,1单元,101',
  '城北片区,,社区,9号楼,1单元,102',
].join('\r\n');

describe('the county\'s address book, in the browser', () => {
  it('吴敏 downloads the template, picks a filled sheet, reads the refused line, imports the rest, and a resident then finds the new building', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/pages/mine/index');
    await tap(admin, '导入地址');
    await see(admin, '第一步：下载模板').waitFor();
    const download = admin.waitForEvent('download');
    await tap(admin, '下载 Excel 模板');
    expect((await download).suggestedFilename()).toBe('地址导入模板.xlsx');
    await screenshot(admin, 'places-00-import');
    await see(admin, '模板已下载').waitFor({ state: 'hidden' });

    await admin.locator('input[type=file]').setInputFiles({ name: '新桥社区.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET, 'utf8') });
    await see(admin, '有问题的行（1）').waitFor();
    await see(admin, '第 5 行：缺少社区/村').waitFor();
    await screenshot(admin, 'places-01-preview');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await tap(admin, '跳过 1 行，只导入其余 3 户');
    await see(admin, '导入完成').waitFor();
    await screenshot(admin, 'places-02-done');
    const buildings = await app().db.selectFrom('buildings as b').innerJoin('communities as c', 'c.id', 'b.communityId').select('b.name').where('c.countyId', '=', app().county.countyId).where('c.name', '=', '新桥社区').orderBy('b.name').execute();
    expect(buildings.map((b) => b.name)).toEqual(['8号楼', '9号楼']);

    const resident = await signIn('张秀兰');
    await open(resident, '/features/household/pages/bind/index');
    await tap(resident, '新桥社区');
    await see(resident, '9号楼').waitFor();
  });

  it('吴敏 adds a responsible unit, which then can be given a handler by invitation; a second with the same name is refused', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/features/places/pages/departments/index');
    await tap(admin, '添加');
    await see(admin, '请填写单位名称（至少两个字）').waitFor();
    await admin.locator('input[placeholder="例如：县城管局"]').filter({ visible: true }).fill('县水务局');
    await tap(admin, '添加');
    await see(admin, '县水务局').waitFor();
    await admin.locator('input[placeholder="例如：县城管局"]').filter({ visible: true }).fill('县水务局');
    await tap(admin, '添加');
    await see(admin, '已经有“县水务局”了').waitFor();
    await screenshot(admin, 'places-03-departments');
    expect(await seriousA11yViolations(admin)).toEqual([]);

    await open(admin, '/features/appointments/pages/invite/index');
    await tap(admin, '责任单位办事员');
    await see(admin, '县水务局').waitFor();
  });

  it('the import and departments pages hold up in large text, with no serious axe findings', async () => {
    const admin = await signIn('吴敏');
    await open(admin, '/pages/home/index');
    await admin.locator('.ct-switch').filter({ visible: true }).first().click();
    const findings: Record<string, string[]> = {};
    for (const [name, path] of [['import', '/features/places/pages/import/index'], ['departments', '/features/places/pages/departments/index']]) {
      await open(admin, path);
      await admin.locator('.ct-card').filter({ visible: true }).first().waitFor();
      await screenshot(admin, `places-large-${name}`);
      const found = await seriousA11yViolations(admin);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });
});
