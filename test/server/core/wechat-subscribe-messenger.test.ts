import { clip, parseTemplateConfigs, wechatSubscribeMessenger, WxSubscribeSdk } from '../../../server/core/notify/wechat-subscribe-messenger';

const CONFIG = JSON.stringify({ progress: { id: 'tmpl-progress', fields: { title: 'thing1', body: 'thing2', time: 'time3' } }, nonsense: { id: 'x' } });

function fakeSdk(answer: { errCode?: number; errMsg?: string } = { errCode: 0 }) {
  const sent: unknown[] = [];
  const sdk: WxSubscribeSdk = { DYNAMIC_CURRENT_ENV: 'env', init: () => undefined, openapi: { subscribeMessage: { send: async (request) => (sent.push(request), answer) } } };
  return { sdk, sent };
}

describe('WeChat subscribe messages', () => {
  it('reads the configured templates and leaves out what it cannot use', () => {
    const logged: string[] = [];
    expect(parseTemplateConfigs(CONFIG, (m) => logged.push(m))).toEqual({ progress: { id: 'tmpl-progress', fields: { title: 'thing1', body: 'thing2', time: 'time3' } } });
    expect(parseTemplateConfigs('{not json', (m) => logged.push(m))).toEqual({});
    expect(parseTemplateConfigs(JSON.stringify({ notice: { id: 'a' } }), (m) => logged.push(m))).toEqual({});
    expect(logged).toHaveLength(2);
    expect(parseTemplateConfigs(undefined)).toEqual({});
  });

  it('fills the template fields, clipped to 20 characters, with the Beijing time', async () => {
    const { sdk, sent } = fakeSdk();
    const messenger = wechatSubscribeMessenger({ configs: parseTemplateConfigs(CONFIG), loadSdk: () => sdk });
    expect(messenger.templates()).toEqual({ progress: 'tmpl-progress' });
    await messenger.send({ openid: 'o-1', topic: 'progress', title: '您反映的问题已办结，请确认整改结果是否满意', body: '已清理', page: '/features/reports/pages/detail/index?id=1', at: new Date('2026-12-01T01:05:00Z') });
    expect(sent).toEqual([
      {
        touser: 'o-1',
        templateId: 'tmpl-progress',
        page: '/features/reports/pages/detail/index?id=1',
        miniprogramState: 'formal',
        data: { thing1: { value: '您反映的问题已办结，请确认整改结果是否…' }, thing2: { value: '已清理' }, time3: { value: '2026-12-01 09:05' } },
      },
    ]);
    expect(Array.from(clip('一二三四五六七八九十一二三四五六七八九十')).length).toBe(20);
  });

  it('turns a WeChat refusal into an error and refuses a topic with no template', async () => {
    const { sdk } = fakeSdk({ errCode: 43101, errMsg: 'user refuse to accept the msg' });
    const messenger = wechatSubscribeMessenger({ configs: parseTemplateConfigs(CONFIG), loadSdk: () => sdk });
    const message = { openid: 'o', title: 't', body: 'b', page: null, at: new Date() };
    await expect(messenger.send({ ...message, topic: 'progress' })).rejects.toThrow(/43101/);
    await expect(messenger.send({ ...message, topic: 'notice' })).rejects.toThrow(/no template/);
  });
});
