import { sql, type Kysely } from 'kysely';
import type { Actor, RoleGrant } from '../../core/actor';
import { isMinorNow } from './domain/minor';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';

export function guardiansOf(db: Kysely<DB>, minorId: string) {
  return db
    .selectFrom('guardianships as g')
    .innerJoin('users as u', 'u.id', 'g.guardianId')
    .select(['u.id', 'u.name'])
    .where('g.minorId', '=', minorId)
    .execute();
}

export function wardsOf(db: Kysely<DB>, guardianId: string) {
  return db
    .selectFrom('guardianships as g')
    .innerJoin('users as u', 'u.id', 'g.minorId')
    .select(['u.id', 'u.name'])
    .where('g.guardianId', '=', guardianId)
    .execute();
}

export function renameUser(db: Kysely<DB>, userId: string, name: string) {
  return db.updateTable('users').set({ name }).where('id', '=', userId).execute();
}

function actorRows(db: Kysely<DB>) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.countyId',
      'u.name',
      'u.isMinor',
      'u.birthMonth',
      'u.createdAt',
      sql<RoleGrant[]>`coalesce((select json_agg(json_build_object('role', g.role, 'scopeType', g.scope_type, 'scopeId', g.scope_id)) from role_grants g where g.user_id = u.id), '[]'::json)`.as(
        'roles',
      ),
    ]);
}

type ActorRow = { id: string; countyId: string; name: string; isMinor: boolean; birthMonth: string | null; createdAt: Date; roles: RoleGrant[] };

function toActor(row: ActorRow, now: Date): Actor {
  return { userId: row.id, countyId: row.countyId, name: row.name, isMinor: isMinorNow(row, now), accountCreatedAt: row.createdAt, roles: row.roles };
}

/** The person behind a WeChat openid, with every role they hold, in one read. */
export async function actorByOpenid(db: Kysely<DB>, openid: string, now: Date): Promise<Actor | null> {
  const row = await actorRows(db).where('u.openid', '=', openid).executeTakeFirst();
  return row ? toActor(row, now) : null;
}

/** A child of this guardian, as the one acting (child mode on the guardian's phone); undefined when not their ward. */
export async function wardActor(db: Kysely<DB>, guardian: Actor, childId: string, now: Date): Promise<Actor | undefined> {
  const row = await actorRows(db)
    .innerJoin('guardianships as gs', 'gs.minorId', 'u.id')
    .where('gs.guardianId', '=', guardian.userId)
    .where('u.id', '=', childId)
    .where('u.countyId', '=', guardian.countyId)
    .executeTakeFirst();
  return row ? { ...toActor(row, now), via: { guardianId: guardian.userId } } : undefined;
}

/**
 * A first-time WeChat user becomes a resident of `countyId`. Two first calls
 * at once make one person: the openid is unique, and the loser reads the winner.
 */
/** What a first-time caller is called until they give a name (WeChat's own way of naming someone unknown). */
export const DEFAULT_NAME_PREFIX = '微信用户';

export async function registerResident(db: Kysely<DB>, countyId: string, openid: string): Promise<void> {
  const userId = newId();
  const inserted = await db
    .insertInto('users')
    .values({ id: userId, countyId, openid, name: `${DEFAULT_NAME_PREFIX}${openid.slice(-4)}` })
    .onConflict((oc) => oc.column('openid').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    await db.insertInto('roleGrants').values({ id: newId(), countyId, userId, role: 'resident', scopeType: 'county', scopeId: countyId, grantedBy: null }).execute();
  }
}

/** Gives `role` over a scope; holding it already is fine (the unique key makes it once). True when it is new. */
export async function grantRole(db: Kysely<DB>, g: { countyId: string; userId: string; role: string; scopeType: string; scopeId: string; grantedBy: string | null }): Promise<boolean> {
  const row = await db
    .insertInto('roleGrants')
    .values({ id: newId(), ...g })
    .onConflict((oc) => oc.columns(['userId', 'role', 'scopeType', 'scopeId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Posts held in the county (roles given by appointment), with the holder's name; optionally only some scopes. */
export function postsInCounty(db: Kysely<DB>, countyId: string, roles: readonly string[], scopeIds?: string[]) {
  return db
    .selectFrom('roleGrants as g')
    .innerJoin('users as u', 'u.id', 'g.userId')
    .select(['g.id', 'g.userId', 'g.role', 'g.scopeType', 'g.scopeId', 'g.createdAt', 'u.name as userName'])
    .where('g.countyId', '=', countyId)
    .where('g.role', 'in', [...roles])
    .$if(scopeIds !== undefined, (q) => q.where('g.scopeId', 'in', scopeIds!.length ? scopeIds! : ['00000000-0000-0000-0000-000000000000']))
    .orderBy('g.role')
    .orderBy('g.createdAt')
    .execute();
}

export function findGrant(db: Kysely<DB>, countyId: string, grantId: string) {
  return db.selectFrom('roleGrants').select(['id', 'userId', 'role', 'scopeType', 'scopeId']).where('countyId', '=', countyId).where('id', '=', grantId).executeTakeFirst();
}

/**
 * The county's admin grants, locked: two admins taking each other's post at
 * once are served one after the other, so the second sees one admin left.
 */
export async function lockedAdminCount(db: Kysely<DB>, countyId: string): Promise<number> {
  const rows = await db.selectFrom('roleGrants').select('id').where('countyId', '=', countyId).where('role', '=', 'admin').where('scopeType', '=', 'county').forUpdate().execute();
  return rows.length;
}

/**
 * Holds the person's row until the transaction ends: what one person adds
 * (a child) is checked and written one call at a time, so a double tap
 * cannot add the same child twice.
 */
export async function lockPerson(db: Kysely<DB>, userId: string): Promise<void> {
  await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}

export async function deleteGrant(db: Kysely<DB>, grantId: string): Promise<boolean> {
  const result = await db.deleteFrom('roleGrants').where('id', '=', grantId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A child a guardian adds: no WeChat of their own (no openid), a given name and a birth month. */
export async function insertChild(db: Kysely<DB>, child: { id: string; countyId: string; name: string; birthMonth: string; addedBy: string; at: Date }): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: child.id, countyId: child.countyId, openid: null, name: child.name, isMinor: true, birthMonth: child.birthMonth, addedBy: child.addedBy, createdAt: child.at })
    .execute();
  await db.insertInto('roleGrants').values({ id: newId(), countyId: child.countyId, userId: child.id, role: 'minor', scopeType: 'county', scopeId: child.countyId, grantedBy: child.addedBy }).execute();
}

export async function insertGuardianships(db: Kysely<DB>, countyId: string, guardianIds: string[], minorId: string): Promise<void> {
  await db
    .insertInto('guardianships')
    .values(guardianIds.map((guardianId) => ({ id: newId(), countyId, guardianId, minorId })))
    .onConflict((oc) => oc.columns(['guardianId', 'minorId']).doNothing())
    .execute();
}

/** A guardian's children, with what child mode and the pages need. */
export function childrenOf(db: Kysely<DB>, guardianId: string) {
  return db
    .selectFrom('guardianships as g')
    .innerJoin('users as u', 'u.id', 'g.minorId')
    .select(['u.id', 'u.name', 'u.birthMonth', 'u.isMinor', sql<boolean>`u.openid is not null`.as('hasWeChat')])
    .where('g.guardianId', '=', guardianId)
    .orderBy('u.birthMonth')
    .orderBy('u.name')
    .execute();
}

/** 注销: the person's own data goes; the row stays for what points at it. Their posts and guardianships end. */
export async function forgetUser(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ name: '已注销用户', phone: null, openid: null, birthMonth: null, avatarRef: null, deletedAt: at }).where('id', '=', userId).execute();
  await db.deleteFrom('roleGrants').where('userId', '=', userId).execute();
  await db.deleteFrom('guardianships').where((eb) => eb.or([eb('guardianId', '=', userId), eb('minorId', '=', userId)])).execute();
}

/** What the person told us about themselves (their own data, for 个人信息查阅). */
export function profileOf(db: Kysely<DB>, userId: string) {
  return db.selectFrom('users').select(['name', 'phone', 'avatarRef', 'createdAt']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export function setAvatar(db: Kysely<DB>, userId: string, avatarRef: string | null) {
  return db.updateTable('users').set({ avatarRef }).where('id', '=', userId).execute();
}

export function setPhone(db: Kysely<DB>, userId: string, phone: string) {
  return db.updateTable('users').set({ phone }).where('id', '=', userId).execute();
}

/**
 * The people of the county whose profile carries this phone number, with
 * their birth month (minor status follows it). Only `users.phone` counts:
 * it is set by WeChat's phone-number button alone (phoneFromWeChat), so
 * WeChat has verified that the number belongs to that account. Numbers
 * typed elsewhere (a volunteer profile, a shop pledge) are not checked by
 * anyone and never identify a person. Deleted accounts have no phone.
 */
export function usersByPhone(db: Kysely<DB>, countyId: string, phone: string) {
  return db
    .selectFrom('users')
    .select(['id', 'isMinor', 'birthMonth'])
    .where('countyId', '=', countyId)
    .where('phone', '=', phone)
    .where('deletedAt', 'is', null)
    .limit(5)
    .execute();
}

/** A child a guardian added, as a link code needs it: who, where, whether a WeChat is theirs yet. */
export function childRecord(db: Kysely<DB>, childId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'countyId', 'name', 'birthMonth', 'isMinor', 'deletedAt', sql<boolean>`openid is not null`.as('hasWeChat')])
    .where('id', '=', childId)
    .executeTakeFirst();
}

/**
 * The child's own WeChat becomes theirs: one conditional update, only while
 * the child has none (of twenty racing links, one sets it). False when another
 * WeChat got there first.
 */
export async function giveChildWeChat(db: Kysely<DB>, childId: string, openid: string): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ openid })
    .where('id', '=', childId)
    .where('openid', 'is', null)
    .where('deletedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** People's names by id, in one statement: only the ids asked for (a forgotten account keeps the name it was left with). */
export async function namesOfUsers(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name] as const));
}

/** Which of these people are grown-ups now (born before `adultBornBefore`, or of no known birth month and not a minor), by name: one statement. */
export function adultsAmong(db: Kysely<DB>, ids: readonly string[], adultBornBefore: string): Promise<{ id: string; name: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where('u.id', 'in', unique)
    .where((eb) => eb.or([eb.and([eb('u.birthMonth', 'is', null), eb('u.isMinor', '=', false)]), eb('u.birthMonth', '<', adultBornBefore)]))
    .orderBy('u.name')
    .execute();
}

/** People's names and phones by id (null: no phone given), in one statement: what an organiser's roster falls back to. */
export async function contactsOfUsers(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { name: string; phone: string | null }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name', 'phone']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, phone: r.phone }] as const));
}

/** People's WeChat openids by id (null: a child without WeChat of their own, or a forgotten account), in one statement. */
export async function openidsOfUsers(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'openid']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.openid] as const));
}

/**
 * Who holds `role` over these scopes of one type (every scope of the type when
 * `scopeIds` is left out, e.g. the county's admins), as distinct (person,
 * scope) pairs, in one statement.
 */
export async function holdersOfScopes(db: Kysely<DB>, countyId: string, role: string, scopeType: string, scopeIds?: readonly string[]): Promise<{ userId: string; scopeId: string }[]> {
  if (scopeIds !== undefined && scopeIds.length === 0) return [];
  return db
    .selectFrom('roleGrants')
    .select(['userId', 'scopeId'])
    .distinct()
    .where('countyId', '=', countyId)
    .where('role', '=', role)
    .where('scopeType', '=', scopeType)
    .$if(scopeIds !== undefined, (q) => q.where('scopeId', 'in', [...scopeIds!]))
    .execute();
}
