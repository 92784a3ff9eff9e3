import type { ModuleDef } from '../core/action';
import { WechatMsgSecCheck } from '../core/content-safety/wechat-msg-sec-check';
import { fail } from '../core/errors';
import { failure } from '../core/result';
import { boot } from './bootstrap';
import { dispatch } from './dispatch';
import type { Runtime } from './runtime';
import { wxCallerOpenid } from './wx-caller';

/**
 * The entry of one cloud function. The caller is WeChat's OPENID for this
 * invocation; whatever the event says about users, roles or counties is ignored.
 */
export function makeMain(module: ModuleDef) {
  let runtime: Promise<Runtime> | undefined;

  function getRuntime(): Promise<Runtime> {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) return Promise.reject(new Error('DATABASE_URL is not set for this cloud function'));
    runtime ??= boot({ databaseUrl, countyIdForNewUsers: process.env.COUNTY_ID }).then(
      // WeChat's msgSecCheck, with boot's local word filter when WeChat cannot answer.
      ({ runtime: booted }) => ({ ...booted, contentSafety: new WechatMsgSecCheck({ fallback: booted.contentSafety, log: booted.log }) }),
      (error) => {
        runtime = undefined;
        throw error;
      },
    );
    return runtime;
  }

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
