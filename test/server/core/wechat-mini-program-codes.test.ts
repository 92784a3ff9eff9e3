import { envVersionOf, fakeMiniProgramCodes, wechatMiniProgramCodes, type WxCodeSdk } from '../../../server/core/mini-program-codes/wechat-mini-program-codes';
import { ACCEPT_PAGE, invitationPath, invitationScene, tokenFromScene } from '../../../server/modules/appointments/codes';
import { newInvitationToken } from '../../../server/modules/appointments/codes';

type Answer = Awaited<ReturnType<WxCodeSdk['openapi']['wxacode']['getUnlimited']>>;

function sdk(answer: Answer) {
  const calls: Parameters<WxCodeSdk['openapi']['wxacode']['getUnlimited']>[0][] = [];
  let inits = 0;
  const fake: WxCodeSdk = { DYNAMIC_CURRENT_ENV: 'env', init: () => void inits++, openapi: { wxacode: { getUnlimited: async (r) => (calls.push(r), answer) } } };
  return { fake, calls, inits: () => inits };
}

describe('the 小程序码 from WeChat', () => {
  it('is what wx-server-sdk\'s wxacode.getUnlimited draws for the page and scene, of the version the deployment runs', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const s = sdk({ errCode: 0, contentType: 'image/png', buffer: png });
    const codes = wechatMiniProgramCodes({ miniprogramState: 'trial', sdk: () => s.fake });
    await expect(codes.unlimited({ scene: 't=abc', page: ACCEPT_PAGE })).resolves.toEqual(png);
    await codes.unlimited({ scene: 't=def', page: ACCEPT_PAGE });
    expect(s.calls).toEqual([
      { scene: 't=abc', page: ACCEPT_PAGE, checkPath: false, envVersion: 'trial', width: 430 },
      { scene: 't=def', page: ACCEPT_PAGE, checkPath: false, envVersion: 'trial', width: 430 },
    ]);
    expect(s.inits()).toBe(1);
    expect([envVersionOf('developer'), envVersionOf('trial'), envVersionOf('formal'), envVersionOf(undefined)]).toEqual(['develop', 'trial', 'release', 'release']);
  });

  it('is refused when WeChat refuses or gives no image, and a scene WeChat would refuse is never sent', async () => {
    await expect(wechatMiniProgramCodes({ sdk: () => sdk({ errCode: 41030, errMsg: 'invalid page' }).fake }).unlimited({ scene: 't=a', page: 'x' })).rejects.toThrow('41030');
    await expect(wechatMiniProgramCodes({ sdk: () => sdk({ errCode: 0 }).fake }).unlimited({ scene: 't=a', page: 'x' })).rejects.toThrow('no image');
    const s = sdk({ errCode: 0, buffer: Buffer.from([1]) });
    await expect(wechatMiniProgramCodes({ sdk: () => s.fake }).unlimited({ scene: 'x'.repeat(33), page: 'x' })).rejects.toThrow('32');
    await expect(wechatMiniProgramCodes({ sdk: () => s.fake }).unlimited({ scene: 't=中文', page: 'x' })).rejects.toThrow('32');
    expect(s.calls).toEqual([]);
  });

  it('has a stand-in for tests: a PNG-signed image naming the page and scene, and the requests it got', async () => {
    const fake = fakeMiniProgramCodes();
    const image = await fake.unlimited({ scene: 't=abc', page: ACCEPT_PAGE });
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image.subarray(8).toString('utf8')).toBe(`${ACCEPT_PAGE}?scene=t=abc`);
    expect(fake.requests).toEqual([{ scene: 't=abc', page: ACCEPT_PAGE }]);
    await expect(fake.unlimited({ scene: '', page: ACCEPT_PAGE })).rejects.toThrow();
  });
});

describe('an invitation\'s scene', () => {
  it('is t= and the token, within WeChat\'s 32 characters, and carries nothing the link does not', () => {
    for (let i = 0; i < 50; i++) {
      const token = newInvitationToken();
      const scene = invitationScene(token);
      expect(scene).toMatch(/^t=[A-Za-z0-9_-]+$/);
      expect(scene.length).toBeLessThanOrEqual(32);
      expect(invitationPath(token, 'c1')).toContain(scene);
    }
  });

  it('is read back from what the page gets: URL-encoded (as WeChat hands it over), plain, or the bare token; anything else is no token', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUv_-';
    expect(tokenFromScene(encodeURIComponent(`t=${token}`))).toBe(token);
    expect(tokenFromScene(`t=${token}`)).toBe(token);
    expect(tokenFromScene(token)).toBe(token);
    for (const bad of [undefined, '', 't=short', 'x=' + token, `t=${token}&c=1`, '%E0%A4%A', `t=${token}${'x'.repeat(10)}`]) expect(tokenFromScene(bad)).toBeNull();
  });
});
