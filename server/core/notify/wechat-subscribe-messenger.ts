import { beijingMinute } from '../clock';
import type { PushMessage, SubscribeMessenger } from './port';
import { TOPICS, type Topic } from './topics';

/** One template as configured in the mini-program's console: its id and which of its fields carry what. */
export interface TemplateConfig {
  id: string;
  fields: { title: string; body: string; time: string };
}

export type TemplateConfigs = Partial<Record<Topic, TemplateConfig>>;

/** The part of wx-server-sdk this messenger uses. */
export interface WxSubscribeSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  openapi: {
    subscribeMessage: {
      send(request: { touser: string; templateId: string; page?: string; data: Record<string, { value: string }>; miniprogramState: string }): Promise<{ errCode?: number; errMsg?: string }>;
    };
  };
}

function requireSdk(): WxSubscribeSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxSubscribeSdk;
}

/** WeChat's `thing` fields take at most 20 characters. */
export function clip(text: string, max = 20): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Reads WX_SUBSCRIBE_TEMPLATES: {"progress":{"id":"…","fields":{"title":"thing1","body":"thing2","time":"time3"}}, …}.
 * Unknown topics and malformed entries are left out (and said in the log), never fatal.
 */
export function parseTemplateConfigs(json: string | undefined, log: (message: string) => void = console.error): TemplateConfigs {
  if (!json?.trim()) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    log('[civic] WX_SUBSCRIBE_TEMPLATES is not JSON; subscribe messages are off');
    return {};
  }
  const configs: TemplateConfigs = {};
  for (const topic of TOPICS) {
    const entry = (raw as Record<string, unknown>)?.[topic] as Partial<TemplateConfig> | undefined;
    if (!entry) continue;
    const f = entry.fields;
    if (typeof entry.id === 'string' && f && typeof f.title === 'string' && typeof f.body === 'string' && typeof f.time === 'string') configs[topic] = { id: entry.id, fields: f };
    else log(`[civic] WX_SUBSCRIBE_TEMPLATES.${topic} needs id and fields {title, body, time}`);
  }
  return configs;
}

/** Subscribe messages through wx-server-sdk; a topic without a template is simply not offered. */
export function wechatSubscribeMessenger(options: { configs: TemplateConfigs; miniprogramState?: string; loadSdk?: () => WxSubscribeSdk }): SubscribeMessenger {
  let sdk: WxSubscribeSdk | undefined;
  return {
    templates: () => Object.fromEntries(Object.entries(options.configs).map(([topic, c]) => [topic, c!.id])),
    async send(message: PushMessage) {
      const config = options.configs[message.topic];
      if (!config) throw new Error(`no template for ${message.topic}`);
      if (!sdk) {
        sdk = (options.loadSdk ?? requireSdk)();
        sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
      }
      const answer = await sdk.openapi.subscribeMessage.send({
        touser: message.openid,
        templateId: config.id,
        page: message.page ?? undefined,
        miniprogramState: options.miniprogramState ?? 'formal',
        data: {
          [config.fields.title]: { value: clip(message.title) },
          [config.fields.body]: { value: clip(message.body || message.title) },
          [config.fields.time]: { value: beijingMinute(message.at) },
        },
      });
      if (answer.errCode) throw new Error(`subscribeMessage.send: ${answer.errCode} ${answer.errMsg ?? ''}`);
    },
  };
}
