import { sql } from 'kysely';
import type { Actor, RoleGrant } from '../core/actor';
import { fail } from '../core/errors';
import { newId } from '../core/ids';
import type { Runtime } from './runtime';

export interface PlatformIdentity {
  /** getWXContext().OPENID in the cloud; the session's openid in the local server. */
  openid?: string;
}

async function findActor(runtime: Runtime, openid: string): Promise<Actor | null> {
  const row = await runtime.db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.countyId',
      'u.name',
      'u.isMinor',
      'u.createdAt',
      sql<RoleGrant[]>`coalesce((select json_agg(json_build_object('role', g.role, 'scopeType', g.scope_type, 'scopeId', g.scope_id)) from role_grants g where g.user_id = u.id), '[]'::json)`.as(
        'roles',
      ),
    ])
    .where('u.openid', '=', openid)
    .executeTakeFirst();
  if (!row) return null;
  return { userId: row.id, countyId: row.countyId, name: row.name, isMinor: row.isMinor, accountCreatedAt: row.createdAt, roles: row.roles };
}

/** The caller as the server knows them; a first-time WeChat caller becomes a resident. */
export async function resolveActor(runtime: Runtime, identity: PlatformIdentity): Promise<Actor> {
  const openid = identity.openid?.trim();
  if (!openid) throw fail.unauthenticated();
  const known = await findActor(runtime, openid);
  if (known) return known;
  const countyId = runtime.countyIdForNewUsers;
  if (!countyId) throw fail.unauthenticated();
  const userId = newId();
  await runtime.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('users')
      .values({ id: userId, countyId, openid, name: `微信用户${openid.slice(-4)}` })
      .onConflict((oc) => oc.column('openid').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      await trx
        .insertInto('roleGrants')
        .values({ id: newId(), countyId, userId, role: 'resident', scopeType: 'county', scopeId: countyId, grantedBy: null })
        .execute();
    }
  });
  const created = await findActor(runtime, openid);
  if (!created) throw fail.unauthenticated();
  return created;
}
