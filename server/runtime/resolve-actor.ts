import type { Actor } from '../core/actor';
import { AppError, fail } from '../core/errors';
import { countyExists } from '../modules/campaign/facade';
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

/** Said to a first-time caller when neither how they arrived nor the deployment names a county: the app shows the chooser. */
export const CHOOSE_COUNTY = '请先选择您所在的县（市、区）';
/** The field that tells the app "choose a county", not "sign in" (the H5 app has a session then: a newcomer's). */
export const CHOOSE_COUNTY_FIELD = '(county)';

/**
 * The caller as the server knows them. A first-time WeChat caller becomes a
 * resident of the county they arrived at (a county QR or a shared page names
 * it), else of the deployment's default county; with neither, they are asked
 * to choose. How someone arrived never moves a person the server knows.
 */
export async function resolveActor(runtime: Runtime, identity: PlatformIdentity, arrivedAt?: string): Promise<Actor> {
  const known = await findActor(runtime, identity);
  if (known) return known;
  const countyId = arrivedAt && (await countyExists(runtime.db, arrivedAt)) ? arrivedAt : runtime.countyIdForNewUsers;
  if (!countyId) throw new AppError('UNAUTHENTICATED', CHOOSE_COUNTY, [{ field: CHOOSE_COUNTY_FIELD, message: CHOOSE_COUNTY }]);
  const openid = identity.openid!.trim();
  await runtime.db.transaction().execute((trx) => registerResident(trx, countyId, openid));
  const created = await actorByOpenid(runtime.db, openid, runtime.clock.now());
  if (!created) throw fail.unauthenticated();
  return created;
}
