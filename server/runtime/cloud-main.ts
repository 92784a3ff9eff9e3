import type { ModuleDef } from '../core/action';
import { WechatMsgSecCheck } from '../core/content-safety/wechat-msg-sec-check';
import { fail } from '../core/errors';
import { wechatFileStore } from '../core/files/wechat-file-store';
import { parseTemplateConfigs, wechatSubscribeMessenger } from '../core/notify/wechat-subscribe-messenger';
import { wechatPhoneNumbers } from '../core/phone-numbers/wechat-phone-numbers';
import { wechatMiniProgramCodes } from '../core/mini-program-codes/wechat-mini-program-codes';
import { failure } from '../core/result';
import { boot, poolSizeFromEnv } from './bootstrap';
import { dispatch } from './dispatch';
import type { Runtime } from './runtime';
import { runScheduledJobs } from './scheduler';
import { wxCallerOpenid } from './wx-caller';

/** The runtime of one cloud function instance, booted on the first call and kept while the instance lives. */
function runtimeOnce(): () => Promise<Runtime> {
  let runtime: Promise<Runtime> | undefined;
  return function getRuntime(): Promise<Runtime> {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) return Promise.reject(new Error('DATABASE_URL is not set for this cloud function'));
    // One call at a time per instance: its actor read and its transaction need two connections at most.
    runtime ??= boot({ databaseUrl, maxConnections: poolSizeFromEnv(2), countyIdForNewUsers: process.env.COUNTY_ID, files: wechatFileStore() }).then(
      // WeChat's msgSecCheck (with boot's local word filter when WeChat cannot answer) and subscribe messages.
      ({ runtime: booted }) => ({
        ...booted,
        contentSafety: new WechatMsgSecCheck({ fallback: booted.contentSafety, log: booted.log }),
        messenger: wechatSubscribeMessenger({ configs: parseTemplateConfigs(process.env.WX_SUBSCRIBE_TEMPLATES), miniprogramState: process.env.WX_MINIPROGRAM_STATE }),
        phoneNumbers: wechatPhoneNumbers(),
        miniProgramCodes: wechatMiniProgramCodes({ miniprogramState: process.env.WX_MINIPROGRAM_STATE }),
      }),
      (error) => {
        runtime = undefined;
        throw error;
      },
    );
    return runtime;
  };
}

/**
 * The entry of one cloud function. The caller is WeChat's OPENID for this
 * invocation; whatever the event says about users, roles or counties is ignored.
 */
export function makeMain(module: ModuleDef) {
  const getRuntime = runtimeOnce();
  return async function main(event: unknown): Promise<unknown> {
    const openid = wxCallerOpenid();
    if (!openid) return failure(fail.unauthenticated('请在微信中打开'));
    let ready: Runtime;
    try {
      ready = await getRuntime();
    } catch (error) {
      console.error(`[civic] ${module.name}: cannot start`, error);
      return failure(error);
    }
    return dispatch(ready, module, event, { openid });
  };
}

/**
 * The entry of the timer-triggered `scheduler` function. A timer call carries
 * no caller; a call that does (someone invoking it from the mini-program) is
 * refused, so no person can trigger the sweep.
 */
export function makeTimerMain() {
  const getRuntime = runtimeOnce();
  return async function main(): Promise<unknown> {
    if (wxCallerOpenid()) return failure(fail.forbidden('定时任务不能由用户调用'));
    try {
      const runtime = await getRuntime();
      await runtime.schema?.check();
      return { ok: true, data: await runScheduledJobs(runtime) };
    } catch (error) {
      console.error('[civic] scheduler: pass failed', error);
      return failure(error);
    }
  };
}
