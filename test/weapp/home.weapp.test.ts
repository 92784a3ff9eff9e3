import { useMiniProgram } from './support/backend';

const phone = useMiniProgram();

describe('首页 in the compiled mini-program', () => {
  it('shows the campaign and the entries to a resident, and a tap on 文明公约 opens the convention list', async () => {
    await phone.seed();
    const home = await phone.signIn('resident');
    await home.waitForText('文明公约');
    await home.tap('文明公约');
    expect(phone.program.routes()).toEqual(['pages/home/index', 'features/convention/pages/list/index']);
    await phone.program.current().waitForText('签署');
    expect(phone.program.templateErrors()).toEqual([]);
  });

  it('turns 大字模式 on with its switch: the page takes the large class and the phone remembers it', async () => {
    await phone.seed();
    const home = await phone.signIn('resident');
    await home.waitForText('大字模式');
    expect(home.byClass('ct-large')).toHaveLength(0);
    const [toggle] = home.byClass('ct-switch');
    await home.tapElement(toggle);
    expect(phone.program.wx.toasts).toContain('已开启大字模式');
    expect(home.byClass('ct-large').length).toBeGreaterThan(0);
    expect((globalThis as any).wx.getStorageSync('ct.largeText')).toBe(true);
  });

  it('shows the way to try again when the server cannot answer, and loads when it can', async () => {
    await phone.seed();
    phone.failNext('campaign', 'home');
    const home = await phone.signIn('resident');
    await home.waitForText('没能加载出来');
    await home.tap('重试');
    await home.waitForText('创文第');
  });
});
