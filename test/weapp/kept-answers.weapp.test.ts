import { useMiniProgram } from './support/backend';

const phone = useMiniProgram();

const keptKeys = () => [...((globalThis as any).wx.getStorageInfoSync().keys as string[])].filter((k) => k.startsWith('ct.answer.'));

describe('the answers tab pages keep on the phone, in the compiled mini-program', () => {
  it('我的 opens with the page it had last time, and deleting the account forgets it', async () => {
    await phone.seed();
    const mine = await phone.signIn('volunteer', '/pages/mine/index');
    await mine.waitForText('个人信息与账号');
    expect(keptKeys()).toContain('ct.answer.self.me');

    await mine.tap('个人信息与账号');
    const privacy = phone.program.current();
    await privacy.type('输入“注销”两个字确认', '注销');
    await privacy.tap('注销我的账号');
    await phone.program.current().waitForText('文明公约');
    // forgotten as the account goes, before anything else loads
    expect(keptKeys()).not.toContain('ct.answer.self.me');
  });
});
