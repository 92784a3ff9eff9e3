import { ContentSafety, UNSAFE_CONTENT_REASON } from '../../../server/core/content-safety/port';
import { MsgSecCheckResponse, WechatMsgSecCheck, WxCloudSdk } from '../../../server/core/content-safety/wechat-msg-sec-check';

const refused = { ok: false, reason: UNSAFE_CONTENT_REASON };

function fakeSdk(answer: (request: unknown) => Promise<MsgSecCheckResponse>) {
  const calls: unknown[] = [];
  const inits: unknown[] = [];
  const sdk: WxCloudSdk = {
    DYNAMIC_CURRENT_ENV: Symbol('current env'),
    init: (options) => inits.push(options),
    openapi: { security: { msgSecCheck: (request) => (calls.push(request), answer(request)) } },
  };
  return { sdk, calls, inits };
}

function fallback(verdict: { ok: true } | { ok: false; reason: string } = { ok: true }) {
  const calls: string[] = [];
  const safety: ContentSafety = { check: async (text) => (calls.push(text), verdict) };
  return { safety, calls };
}

const pass: MsgSecCheckResponse = { errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest: 'pass', label: 100 } };

describe('WeChat msgSecCheck 2.0', () => {
  it('loads the SDK only when first asked, initialises it once and sends scene, version and openid', async () => {
    const fake = fakeSdk(async () => pass);
    const loadSdk = jest.fn(() => fake.sdk);
    const check = new WechatMsgSecCheck({ loadSdk, fallback: fallback().safety, log: () => {} });
    expect(loadSdk).not.toHaveBeenCalled();
    expect(await check.check('陈记早餐', { openid: 'o-1', scene: 'profile' })).toEqual({ ok: true });
    expect(await check.check('好评', { openid: 'o-2', scene: 'comment' })).toEqual({ ok: true });
    await check.check('帖子', { openid: 'o-3', scene: 'forum' });
    await check.check('日志', { openid: 'o-4', scene: 'social' });
    expect(loadSdk).toHaveBeenCalledTimes(1);
    expect(fake.inits).toEqual([{ env: fake.sdk.DYNAMIC_CURRENT_ENV }]);
    expect(fake.calls).toEqual([
      { openid: 'o-1', scene: 1, version: 2, content: '陈记早餐' },
      { openid: 'o-2', scene: 2, version: 2, content: '好评' },
      { openid: 'o-3', scene: 3, version: 2, content: '帖子' },
      { openid: 'o-4', scene: 4, version: 2, content: '日志' },
    ]);
  });

  it('maps pass and review to ok, risky to the Chinese refusal', async () => {
    const ctx = { openid: 'o', scene: 'profile' as const };
    const answers: Record<string, MsgSecCheckResponse> = {
      pass,
      review: { errCode: 0, result: { suggest: 'review', label: 20001 } },
      risky: { errCode: 0, result: { suggest: 'risky', label: 20006 } },
      riskyHttps: { errcode: 0, errmsg: 'ok', result: { suggest: 'risky', label: 20006 } },
    };
    const backup = fallback({ ok: false, reason: 'fallback' });
    const check = new WechatMsgSecCheck({ loadSdk: () => fakeSdk(async (r) => answers[(r as { content: string }).content]).sdk, fallback: backup.safety, log: () => {} });
    expect(await check.check('pass', ctx)).toEqual({ ok: true });
    expect(await check.check('review', ctx)).toEqual({ ok: true });
    expect(await check.check('risky', ctx)).toEqual(refused);
    expect(await check.check('riskyHttps', ctx)).toEqual(refused);
    expect(backup.calls).toEqual([]);
  });

  it('treats errcode 87014, answered or thrown, as risky content', async () => {
    const ctx = { openid: 'o', scene: 'comment' as const };
    const backup = fallback();
    const answered = new WechatMsgSecCheck({ loadSdk: () => fakeSdk(async () => ({ errCode: 87014, errMsg: 'risky content' })).sdk, fallback: backup.safety, log: () => {} });
    expect(await answered.check('x', ctx)).toEqual(refused);
    const thrown = new WechatMsgSecCheck({
      loadSdk: () => fakeSdk(async () => Promise.reject(Object.assign(new Error('risky content'), { errCode: 87014 }))).sdk,
      fallback: backup.safety,
      log: () => {},
    });
    expect(await thrown.check('x', ctx)).toEqual(refused);
    expect(backup.calls).toEqual([]);
  });

  it('falls back to the local filter and logs when WeChat cannot answer', async () => {
    const ctx = { openid: 'o', scene: 'profile' as const };
    const log = jest.fn();
    const cases: Array<() => WxCloudSdk> = [
      () => fakeSdk(async () => Promise.reject(new Error('ETIMEDOUT'))).sdk,
      () => fakeSdk(async () => Promise.reject(Object.assign(new Error('quota'), { errCode: 45009 }))).sdk,
      () => fakeSdk(async () => ({ errCode: -1, errMsg: 'system error' })).sdk,
      () => fakeSdk(async () => ({ errCode: 0 })).sdk,
      () => {
        throw new Error("Cannot find module 'wx-server-sdk'");
      },
    ];
    for (const loadSdk of cases) {
      const backup = fallback({ ok: false, reason: '本地词表拒绝' });
      const check = new WechatMsgSecCheck({ loadSdk, fallback: backup.safety, log });
      expect(await check.check('某段文字', ctx)).toEqual({ ok: false, reason: '本地词表拒绝' });
      expect(backup.calls).toEqual(['某段文字']);
    }
    expect(log).toHaveBeenCalledTimes(cases.length);
  });

  it('retries loading the SDK after a failed load', async () => {
    const fake = fakeSdk(async () => pass);
    const loadSdk = jest.fn<WxCloudSdk, []>().mockImplementationOnce(() => {
      throw new Error('load failed');
    }).mockImplementation(() => fake.sdk);
    const check = new WechatMsgSecCheck({ loadSdk, fallback: fallback().safety, log: () => {} });
    await check.check('a', { openid: 'o', scene: 'profile' });
    expect(await check.check('b', { openid: 'o', scene: 'profile' })).toEqual({ ok: true });
    expect(fake.calls).toHaveLength(1);
  });

  it('lets the local word list decide when WeChat does not answer within the timeout, so no one waits on it', async () => {
    jest.useFakeTimers();
    try {
      const backup = fallback({ ok: false, reason: UNSAFE_CONTENT_REASON });
      const logged: string[] = [];
      const never = fakeSdk(() => new Promise<MsgSecCheckResponse>(() => undefined));
      const check = new WechatMsgSecCheck({ loadSdk: () => never.sdk, fallback: backup.safety, timeoutMs: 3000, log: (m) => logged.push(m) });
      const verdict = check.check('某段文字', { openid: 'o', scene: 'comment' });
      await jest.advanceTimersByTimeAsync(2999);
      expect(backup.calls).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(await verdict).toEqual(refused);
      expect(backup.calls).toEqual(['某段文字']);
      expect(logged).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
