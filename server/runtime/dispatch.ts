import { assertSafe } from '../core/content-safety/assert-safe';
import { AppError, fail } from '../core/errors';
import { Envelope, failure, success } from '../core/result';
import { parseInput } from '../core/validation';
import type { Actor } from '../core/actor';
import { forgetPreparedStatements, isStalePlan } from '../db/prepared-statements';
import { readOnlyGuard } from '../db/read-only-guard';
import type { ModuleDef } from '../core/action';
import { wardActor } from '../modules/identity/facade';
import { findActor, PlatformIdentity, resolveActor } from './resolve-actor';
import type { Runtime } from './runtime';
import { keysFromEnv } from './server-keys';

interface ActionEvent {
  action: string;
  input: unknown;
  /** Child mode: the ward of the caller who is acting on the caller's phone. */
  asChild?: string;
  /** The county the person arrived at (a county QR, a shared page): only where a first-time caller joins. */
  county?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CHILD_MODE_REFUSED = '孩子模式下不能做这件事，请家长先退出孩子模式';

function readEvent(event: unknown): ActionEvent {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw fail.validation('请求格式不对', [{ field: '(request)', message: '请求必须是一个对象' }]);
  }
  const { action, input, asChild, county } = event as Record<string, unknown>;
  if (typeof action !== 'string' || action.length === 0) {
    throw fail.validation('请求缺少操作名', [{ field: 'action', message: '这一项必须填写' }]);
  }
  if (asChild !== undefined && asChild !== null && (typeof asChild !== 'string' || !UUID.test(asChild))) {
    throw fail.validation('孩子模式的请求不对', [{ field: 'asChild', message: '请重新进入孩子模式' }]);
  }
  if (county !== undefined && county !== null && (typeof county !== 'string' || !UUID.test(county))) {
    throw fail.validation('链接里的县不对', [{ field: 'county', message: '请重新打开分享的链接或二维码' }]);
  }
  return { action, input, asChild: typeof asChild === 'string' ? asChild : undefined, county: typeof county === 'string' ? county : undefined };
}

/** Database refusals that a racing request can meet; the transaction is already rolled back. */
function fromDatabaseError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '23505') return fail.conflict('这件事已经办过了，请刷新后查看');
  if (code === '23514' || code === '23503') return fail.conflict();
  if (code === '40001' || code === '40P01') return fail.conflict('同时操作的人太多了，请再试一次');
  return null;
}

/** Child mode: the caller's ward, still a minor, acting on the caller's phone; refused otherwise. */
async function childActor(runtime: Runtime, guardian: Actor, childId: string): Promise<Actor> {
  const child = await wardActor(runtime.db, guardian, childId, runtime.clock.now());
  if (!child) throw fail.forbidden('只有孩子的监护人能打开孩子模式');
  if (!child.isMinor) throw fail.forbidden('孩子已经成年，请用自己的微信');
  return child;
}

/**
 * One call of one action: caller from the platform, input through the action's
 * schema, the use case in one transaction. Whatever fails, the caller gets an
 * envelope and nothing is half-written.
 */
export async function dispatch(
  runtime: Runtime,
  module: ModuleDef,
  event: unknown,
  identity: PlatformIdentity,
): Promise<Envelope> {
  try {
    const { action, input, asChild, county } = readEvent(event);
    if (!identity.openid?.trim()) throw fail.unauthenticated();
    const def = Object.prototype.hasOwnProperty.call(module.actions, action) ? module.actions[action] : undefined;
    if (!def) throw fail.unknownAction();
    const value = parseInput(def.input, input);
    await runtime.schema?.check();
    // Only a well-formed call may register a first-time caller; an action open to newcomers decides that itself.
    // (A newcomer action's run takes `actor: Actor | null`: defineNewcomerAction types it so.)
    if (asChild && !def.childMode) throw fail.forbidden(CHILD_MODE_REFUSED);
    const caller = (def.acceptsNewcomers ? await findActor(runtime, identity) : await resolveActor(runtime, identity, county)) as Actor;
    const actor = asChild ? await childActor(runtime, caller, asChild) : caller;
    // Deny by default: an action without a policy (it cannot type-check, but a plain object might slip through) serves no one.
    if (!def.authorize?.allows(actor, value)) {
      const refusal = def.authorize?.refusal || '您没有权限做这件事';
      // '(caller)': what is wrong is who calls, not what they sent (the access-table test tells the gate's refusals by it).
      throw fail.forbidden(refusal, [{ field: '(caller)', message: refusal }]);
    }
    const openid = identity.openid.trim();
    // Before the transaction opens: a slow content check holds no row lock and no connection.
    if (def.texts) await assertSafe({ contentSafety: runtime.contentSafety, openid }, def.texts.fields(value), def.texts.scene);
    const now = runtime.clock.now();
    const { files, messenger, phoneNumbers, miniProgramCodes } = runtime;
    const keys = runtime.keys ?? keysFromEnv();
    const run = () =>
      def.readOnly
        ? def.run({ db: runtime.db.withPlugin(readOnlyGuard), actor, openid, now, files, messenger, phoneNumbers, miniProgramCodes, keys }, value)
        : runtime.db.transaction().execute((trx) => def.run({ db: trx, actor, openid, now, files, messenger, phoneNumbers, miniProgramCodes, keys }, value));
    try {
      return success(await run());
    } catch (error) {
      // A migration changed a table under a warm named statement: nothing was written; prepare afresh and run once more.
      if (!isStalePlan(error)) throw error;
      forgetPreparedStatements();
      return success(await run());
    }
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    const mapped = fromDatabaseError(error);
    if (mapped) return failure(mapped);
    runtime.log?.(`${module.name}: unexpected error`, error);
    return failure(error);
  }
}
