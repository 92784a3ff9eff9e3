import type { Actor } from '../core/actor';
import { fail } from '../core/errors';
import { actorByOpenid, registerResident } from '../modules/identity/facade';
import type { Runtime } from './runtime';

export interface PlatformIdentity {
  /** getWXContext().OPENID in the cloud; the session's openid in the local server. */
  openid?: string;
}

/** The caller as the server knows them, or null for a WeChat user it has never seen. */
export async function findActor(runtime: Runtime, identity: PlatformIdentity): Promise<Actor | null> {
  const openid = identity.openid?.trim();
  if (!openid) throw fail.unauthenticated();
  return actorByOpenid(runtime.db, openid, runtime.clock.now());
}

/** The caller as the server knows them; a first-time WeChat caller becomes a resident of the deployment's default county. */
export async function resolveActor(runtime: Runtime, identity: PlatformIdentity): Promise<Actor> {
  const known = await findActor(runtime, identity);
  if (known) return known;
  const countyId = runtime.countyIdForNewUsers;
  if (!countyId) throw fail.unauthenticated();
  const openid = identity.openid!.trim();
  await runtime.db.transaction().execute((trx) => registerResident(trx, countyId, openid));
  const created = await actorByOpenid(runtime.db, openid, runtime.clock.now());
  if (!created) throw fail.unauthenticated();
  return created;
}
