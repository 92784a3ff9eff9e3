import { ContentContext, ContentSafety, ContentScene, ContentVerdict, UNSAFE_CONTENT_REASON } from './port';

/** The part of wx-server-sdk this check uses. */
export interface WxCloudSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  openapi: {
    security: {
      msgSecCheck(request: { openid: string; scene: 1 | 2 | 3 | 4; version: 2; content: string }): Promise<MsgSecCheckResponse>;
    };
  };
}

/**
 * msgSecCheck 2.0's answer. Over HTTPS the fields are errcode/errmsg; through
 * the cloud SDK they arrive as errCode/errMsg. `result.suggest` is the verdict.
 */
export interface MsgSecCheckResponse {
  errCode?: number;
  errcode?: number;
  errMsg?: string;
  errmsg?: string;
  result?: { suggest?: string; label?: number | string };
}

/** WeChat's code for content it judges risky (1.0 answers with it; 2.0 may too). */
const RISKY_CONTENT = 87014;

const SCENES: Record<ContentScene, 1 | 2 | 3 | 4> = { profile: 1, comment: 2, forum: 3, social: 4 };

export interface WechatMsgSecCheckOptions {
  /** Asked for the SDK on the first check only: its require costs ~400 ms of a cold start. */
  loadSdk?: () => WxCloudSdk;
  /** Used when WeChat cannot be asked (network, quota, SDK failure) or does not answer in time. */
  fallback: ContentSafety;
  /** How long a person waits for WeChat's verdict before the local word list decides (default 3 s). */
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

function requireSdk(): WxCloudSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxCloudSdk;
}

function errorCodeOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { errCode, errcode } = value as { errCode?: unknown; errcode?: unknown };
  const code = errCode ?? errcode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * WeChat's msgSecCheck 2.0 through wx-server-sdk: pass and review go through
 * (a person can look at a review later), risky is refused. When WeChat cannot
 * answer, the fallback decides; a failing check never blocks everyone.
 */
export class WechatMsgSecCheck implements ContentSafety {
  private readonly loadSdk: () => WxCloudSdk;
  private readonly fallback: ContentSafety;
  private readonly log: (message: string, error?: unknown) => void;
  private sdk: WxCloudSdk | undefined;
  private readonly timeoutMs: number;

  constructor(options: WechatMsgSecCheckOptions) {
    this.loadSdk = options.loadSdk ?? requireSdk;
    this.fallback = options.fallback;
    this.log = options.log ?? ((message, error) => console.error(`[civic] ${message}`, error ?? ''));
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  private cloud(): WxCloudSdk {
    if (!this.sdk) {
      const sdk = this.loadSdk();
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
      this.sdk = sdk;
    }
    return this.sdk;
  }

  /** WeChat's answer, or a rejection once the person has waited long enough. */
  private async ask(request: Parameters<WxCloudSdk['openapi']['security']['msgSecCheck']>[0]): Promise<MsgSecCheckResponse> {
    const answer = this.cloud().openapi.security.msgSecCheck(request);
    // An answer that fails after the timeout has won is nobody's business any more.
    answer.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`msgSecCheck gave no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async check(text: string, context: ContentContext): Promise<ContentVerdict> {
    let response: MsgSecCheckResponse;
    try {
      response = await this.ask({
        openid: context.openid,
        scene: SCENES[context.scene],
        version: 2,
        content: text,
      });
    } catch (error) {
      // The SDK throws on a non-zero errCode; 87014 is a verdict, not a failure.
      if (errorCodeOf(error) === RISKY_CONTENT) return { ok: false, reason: UNSAFE_CONTENT_REASON };
      return this.fallBack(text, context, error);
    }
    const code = errorCodeOf(response) ?? 0;
    if (code === RISKY_CONTENT) return { ok: false, reason: UNSAFE_CONTENT_REASON };
    if (code !== 0) return this.fallBack(text, context, response);
    switch (response.result?.suggest) {
      case 'pass':
      case 'review':
        return { ok: true };
      case 'risky':
        return { ok: false, reason: UNSAFE_CONTENT_REASON };
      default:
        return this.fallBack(text, context, response);
    }
  }

  private fallBack(text: string, context: ContentContext, cause: unknown): Promise<ContentVerdict> {
    this.log('msgSecCheck failed, the local word filter decides', cause);
    return this.fallback.check(text, context);
  }
}
