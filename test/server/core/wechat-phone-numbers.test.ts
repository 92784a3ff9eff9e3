import { wechatPhoneNumbers, type WxPhoneSdk } from '../../../server/core/phone-numbers/wechat-phone-numbers';

function sdk(answer: Awaited<ReturnType<WxPhoneSdk['openapi']['phonenumber']['getPhoneNumber']>>) {
  const calls: { code: string }[] = [];
  const fake: WxPhoneSdk = { DYNAMIC_CURRENT_ENV: 'env', init: () => undefined, openapi: { phonenumber: { getPhoneNumber: async (r) => (calls.push(r), answer) } } };
  return { fake, calls };
}

describe('the phone number from WeChat\'s button', () => {
  it('is what wx-server-sdk\'s phonenumber.getPhoneNumber answers for the code', async () => {
    const { fake, calls } = sdk({ errCode: 0, phoneInfo: { purePhoneNumber: '13812345678', countryCode: '86' } });
    await expect(wechatPhoneNumbers(() => fake).exchange('the-code')).resolves.toBe('13812345678');
    expect(calls).toEqual([{ code: 'the-code' }]);
  });

  it('is refused when WeChat refuses the code, gives no number, or gives one from outside the mainland', async () => {
    await expect(wechatPhoneNumbers(() => sdk({ errCode: 40029, errMsg: 'invalid code' }).fake).exchange('x')).rejects.toThrow('40029');
    await expect(wechatPhoneNumbers(() => sdk({ errCode: 0 }).fake).exchange('x')).rejects.toThrow('no number');
    await expect(wechatPhoneNumbers(() => sdk({ errCode: 0, phoneInfo: { purePhoneNumber: '91234567', countryCode: '852' } }).fake).exchange('x')).rejects.toThrow('mainland');
  });
});
