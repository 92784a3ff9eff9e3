import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Clock, systemClock } from '../../server/core/clock';
import { localWordFilter } from '../../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../../server/core/files/memory-file-store';
import type { Role, ScopeType } from '../../server/core/actor';
import type { Envelope } from '../../server/core/result';
import type { DB } from '../../server/db/schema';
import { DemoKey, seedDemoCounty, SeededCounty } from '../../server/db/seed/demo-county';
import { findModule } from '../../server/modules';
import { dispatch } from '../../server/runtime/dispatch';
import type { Runtime } from '../../server/runtime/runtime';

export interface TestCounty extends SeededCounty {
  openidPrefix: string;
  runtime: Runtime;
  /** Calls an action as a demo person of this county, the way a cloud function would. */
  /** A demo person, or any WeChat by openid; `arrivedAt` is the county a newcomer came by (a county QR, a shared page). */
  as(person: DemoKey | { openid: string; arrivedAt?: string }): Caller;
  /** Calls an action with no caller at all. */
  anonymous: Caller;
  /** Child mode: calls as `person`'s WeChat with their ward `childId` acting. */
  asChild(person: DemoKey | { openid: string }, childId: string): Caller;
}

export type Caller = <T = any>(module: string, action: string, input?: unknown) => Promise<Envelope<T>>;

/** Unwraps an envelope that must be a success, failing the test with the error otherwise. */
export function data<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data;
}

export function errorCode(envelope: Envelope<unknown>): string | undefined {
  return envelope.ok ? undefined : envelope.error.code;
}

/** A new county in the shared test database, with all demo people, isolated from other tests. */
/** The demo county for a test; `withoutPlan`: a command centre that has not built its task plan yet. */
export async function seedCounty(db: Kysely<DB>, options: { clock?: Clock; withoutPlan?: boolean } = {}): Promise<TestCounty> {
  const openidPrefix = `t-${randomUUID()}:`;
  const seeded = await seedDemoCounty(db, { openidPrefix, withoutPlan: options.withoutPlan });
  const runtime: Runtime = { db, clock: options.clock ?? systemClock, contentSafety: localWordFilter(), files: memoryFileStore(), log: (message, error) => console.error(message, error) };
  const callerFor = (openid: string | undefined, asChild?: string, arrivedAt?: string): Caller => {
    return (module, action, input = {}) => {
      const def = findModule(module);
      if (!def) throw new Error(`no module ${module}`);
      const event = { action, input, ...(asChild ? { asChild } : {}), ...(arrivedAt ? { county: arrivedAt } : {}) };
      return dispatch(runtime, def, event, { openid }) as never;
    };
  };
  return {
    ...seeded,
    openidPrefix,
    runtime,
    as: (person) => (typeof person === 'string' ? callerFor(seeded.people[person].openid) : callerFor(person.openid, undefined, person.arrivedAt)),
    anonymous: callerFor(undefined),
    asChild: (person, childId) => callerFor(typeof person === 'string' ? seeded.people[person].openid : person.openid, childId),
  };
}

/** A valid 门前六包 pledge for 陈记早餐 in the county's 幸福里社区; tests override one field to break it. */
export function shopPledgeInput(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return {
    versionId: county.versions.shop,
    shopName: '陈记早餐',
    address: '幸福路18号',
    communityId: county.communities['幸福里社区'],
    contactPhone: '13800001234',
    accepted: true,
    ...overrides,
  };
}

export interface ExtraPerson {
  userId: string;
  openid: string;
  call: Caller;
}

/**
 * More people of the county, in one insert: each a resident (plus `role` in
 * a scope when given), their account made at `createdAt` (default 30 days ago:
 * new accounts count as suspicious in votes).
 */
export async function addPeople(
  county: TestCounty,
  count: number,
  options: { name?: string; role?: Role; scopeType?: ScopeType; scopeId?: string; createdAt?: Date; isMinor?: boolean } = {},
): Promise<ExtraPerson[]> {
  const db = county.runtime.db;
  const createdAt = options.createdAt ?? new Date(Date.now() - 30 * 24 * 3_600_000);
  const people = Array.from({ length: count }, (_, i) => {
    const userId = randomUUID();
    return { userId, openid: `${county.openidPrefix}${userId}`, name: options.name ?? `居民${i + 1}` };
  });
  await db
    .insertInto('users')
    .values(people.map((p) => ({ id: p.userId, countyId: county.countyId, openid: p.openid, name: p.name, createdAt, isMinor: options.isMinor ?? false })))
    .execute();
  const grants = people.map((p) => ({ id: randomUUID(), countyId: county.countyId, userId: p.userId, role: 'resident' as Role, scopeType: 'county' as ScopeType, scopeId: county.countyId, grantedBy: null }));
  if (options.role) {
    for (const p of people) grants.push({ id: randomUUID(), countyId: county.countyId, userId: p.userId, role: options.role, scopeType: options.scopeType!, scopeId: options.scopeId!, grantedBy: null });
  }
  await db.insertInto('roleGrants').values(grants).execute();
  return people.map((p) => ({ userId: p.userId, openid: p.openid, call: county.as({ openid: p.openid }) }));
}

/** One more person holding `role` in a scope. */
export async function addPerson(county: TestCounty, name: string, role: Role, scopeType: ScopeType, scopeId: string): Promise<ExtraPerson> {
  const [person] = await addPeople(county, 1, { name, role, scopeType, scopeId });
  return person;
}
