import { type MiniProgramCodes, SCENE_PATTERN } from './port';

type EnvVersion = 'release' | 'trial' | 'develop';

/** The part of wx-server-sdk this uses: wxacode.getUnlimited (cloud call, no access token to keep). */
export interface WxCodeSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  openapi: {
    wxacode: {
      getUnlimited(request: { scene: string; page: string; checkPath: boolean; envVersion: EnvVersion; width: number }): Promise<{
        errCode?: number;
        errMsg?: string;
        contentType?: string;
        buffer?: Buffer | Uint8Array;
      }>;
    };
  };
}

function requireSdk(): WxCodeSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxCodeSdk;
}

/**
 * Which version of the mini-program the code opens, from the deployment's
 * WX_MINIPROGRAM_STATE (the subscribe messages' setting): developer → 开发版,
 * trial → 体验版, anything else → 正式版.
 */
export function envVersionOf(miniprogramState: string | undefined): EnvVersion {
  if (miniprogramState === 'developer') return 'develop';
  if (miniprogramState === 'trial') return 'trial';
  return 'release';
}

/** In the cloud functions: WeChat draws the 小程序码 (getUnlimited: no limit on how many, the scene tells them apart). */
export function wechatMiniProgramCodes(options: { miniprogramState?: string; sdk?: () => WxCodeSdk } = {}): MiniProgramCodes {
  const load = options.sdk ?? requireSdk;
  const envVersion = envVersionOf(options.miniprogramState);
  let ready: WxCodeSdk | undefined;
  return {
    async unlimited({ scene, page }) {
      if (!SCENE_PATTERN.test(scene)) throw new Error('getUnlimited: a scene is 1–32 URL-safe characters');
      if (!ready) {
        ready = load();
        ready.init({ env: ready.DYNAMIC_CURRENT_ENV });
      }
      // checkPath off: a page of a version not yet released (开发版, 体验版) still gets its code
      const answer = await ready.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, envVersion, width: 430 });
      if ((answer.errCode ?? 0) !== 0 || !answer.buffer || answer.buffer.length === 0) throw new Error(`getUnlimited: ${answer.errCode ?? ''} ${answer.errMsg ?? 'no image'}`);
      return Buffer.from(answer.buffer);
    },
  };
}

/** The PNG signature and a tiny image's worth: what the stand-in draws. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Tests (and the local server, if one wants it): a PNG-signed stand-in whose
 * bytes spell out the page and scene, so a test can read which it was asked
 * for; every request is remembered in `requests`.
 */
export function fakeMiniProgramCodes(): MiniProgramCodes & { requests: { scene: string; page: string }[] } {
  const requests: { scene: string; page: string }[] = [];
  return {
    requests,
    async unlimited(request) {
      if (!SCENE_PATTERN.test(request.scene)) throw new Error('getUnlimited: a scene is 1–32 URL-safe characters');
      requests.push(request);
      return Buffer.concat([PNG_SIGNATURE, Buffer.from(`${request.page}?scene=${request.scene}`, 'utf8')]);
    },
  };
}
