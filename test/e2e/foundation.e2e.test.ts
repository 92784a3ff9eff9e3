import { screenshot } from './support/browser';
import { downloadByTapping, pngSize } from './support/download';
import { useAppInBrowser } from './support/phone';
import { seriousA11yViolations } from './support/axe';
import { smallTouchTargets } from './support/targets';

jest.setTimeout(120_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

describe('a new resident, their building captain and the civic convention', () => {
  it('binds to a household, gets approved by the captain, signs the convention and sees the certificate', async () => {
    const resident = await signIn('张秀兰');
    await screenshot(resident, '01-home');

    // Ask to be bound: community → building → unit → room → relation.
    await tap(resident, /绑定您的住户/);
    for (const step of ['幸福里社区', '1号楼', '2单元', '402', '租户']) await tap(resident, step);
    await tap(resident, '提交申请');
    await see(resident, /待.*审核/).waitFor();
    await screenshot(resident, '02-bind-pending');

    // The captain of 1号楼 sees the request and approves it.
    const captain = await signIn('李桂芳');
    await tap(captain, /住户绑定申请等您审核/);
    await see(captain, '幸福里社区 1号楼 2单元 402').waitFor();
    await screenshot(captain, '03-captain-queue');
    await tap(captain, '同意');
    await see(captain, /还没有待处理|暂无待处理|没有待审核|都处理完了/).waitFor();

    // The resident now lives there.
    await open(resident, '/pages/mine/index');
    await see(resident, '幸福里社区 1号楼 2单元 402').waitFor();
    await screenshot(resident, '04-mine');

    // Read and sign the civic convention; the certificate names the signer number.
    await open(resident, '/pages/home/index');
    await tap(resident, /阅读并签署《青禾县市民文明公约》/);
    await see(resident, '热爱祖国，热爱青禾', { exact: false }).waitFor();
    await tap(resident, '签署公约');
    // signing opens the certificate
    await see(resident, '第 1 位签署人').waitFor();
    const cert = resident.locator('.ct-cert').filter({ visible: true }).first();
    await cert.getByText('文明公约签署证书').waitFor();
    await cert.getByRole('img', { name: '青禾县文明共建印章图案' }).waitFor();
    expect(await cert.innerText()).toMatch(/编号：GY\d{10}000001/);
    await screenshot(resident, '05-certificate');
    // 保存为图片: the certificate drawn on a canvas and downloaded as a PNG of real size and content
    const saved = await downloadByTapping(resident, '保存为图片');
    expect(saved.name).toMatch(/^文明公约签署证书-GY\d{10}000001\.png$/);
    expect(pngSize(saved.bytes)).toEqual({ width: 1500, height: 2400 });
    expect(saved.bytes.length).toBeGreaterThan(60_000);
    expect(await seriousA11yViolations(resident)).toEqual([]);

    const pledges = await app().db.selectFrom('pledges').select(['userId', 'signerNo']).execute();
    expect(pledges).toEqual([{ userId: app().county.people.resident.userId, signerNo: 1 }]);
  });
});

describe('a shop owner and the command centre', () => {
  it('pledges 门前六包 for a named shop, and a new convention version asks earlier signers to sign again', async () => {
    const owner = await signIn('陈志刚');
    await tap(owner, '门前六包');
    await see(owner, '包市容', { exact: false }).waitFor();
    await owner.locator('input[placeholder="例如：老王早餐店"]').fill('陈记早餐');
    await owner.locator('input[placeholder="街道和门牌号"]').fill('幸福路18号');
    await owner.locator('input[placeholder="方便社区联系您"]').fill('13800001234');
    // The community starts as the owner's own.
    await see(owner, '幸福里社区', { exact: true }).waitFor();
    await tap(owner, '我已阅读并承诺');
    await tap(owner, '签署承诺');
    await see(owner, '第 1 家承诺商户').waitFor();
    await screenshot(owner, '06-shop-pledged');

    // The owner signs the civic convention, then the admin publishes a revision.
    await open(owner, '/pages/home/index');
    await tap(owner, /阅读并签署《青禾县市民文明公约》/);
    await tap(owner, '签署公约');
    await see(owner, /第 \d+ 位签署人/).waitFor();

    const admin = await signIn('吴敏');
    await open(admin, '/features/admin/pages/publish/index');
    await tap(admin, '青禾县市民文明公约');
    // The form starts from the current text, ready to be revised.
    await admin.waitForFunction(() => [...document.querySelectorAll('textarea')].some((t) => t.value.includes('热爱祖国，热爱青禾')));
    await tap(admin, '发布新版本');
    // The modal asks once before earlier signers are asked to sign again.
    await see(admin, '发布').click();
    await see(admin, '第 2 版已经生效').waitFor();
    await screenshot(admin, '07-published');

    await open(owner, '/pages/home/index');
    await see(owner, '《青禾县市民文明公约》已更新，请签署新版本').waitFor();

    const shops = await app().db.selectFrom('shopPledges').select('userId').execute();
    expect(shops).toEqual([{ userId: app().county.people.shopkeeper.userId }]);
  });
});

describe('accessibility', () => {
  it('the main pages have no serious or critical axe findings, in normal and in large text', async () => {
    const page = await signIn('王建国');
    const paths = [
      '/pages/home/index',
      '/pages/mine/index',
      '/pages/report/index',
      '/pages/inbox/index',
      `/features/convention/pages/detail/index?id=${app().county.conventions.civic}`,
      '/features/convention/pages/list/index',
      '/features/household/pages/bind/index',
      '/features/shop-pledge/pages/pledge/index',
      '/features/reports/pages/report/index',
      '/features/families/pages/campaign/index',
    ];
    const findings: Record<string, string[]> = {};
    for (const largeText of [false, true]) {
      if (largeText) {
        await open(page, '/pages/home/index');
        await page.locator('.ct-switch').filter({ visible: true }).first().click();
      }
      for (const path of paths) {
        await open(page, path);
        // a card, or a list's empty state (a new resident has no messages yet)
        await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
        const found = await seriousA11yViolations(page);
        if (found.length) findings[`${largeText ? 'large ' : ''}${path}`] = found;
      }
    }
    expect(findings).toEqual({});
  });
});

describe('touch targets', () => {
  it('every tap on 随手拍 and its form is at least 44 × 44 px, on a 360-px-wide phone too, title bar included', async () => {
    const page = await signIn('王建国', { viewport: { width: 360, height: 740 } });
    const small: Record<string, string[]> = {};
    for (const path of ['/pages/report/index', '/features/reports/pages/report/index', '/features/reports/pages/gallery/index', '/pages/mine/index']) {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      const found = await smallTouchTargets(page);
      if (found.length) small[path] = found;
    }
    expect(small).toEqual({});
  });
});
