import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { actorByOpenid, childrenOf, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf, namesOfUsers, holdersOfScopes } from './repo';

export { actorByOpenid, childrenOf, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf };
export { DEFAULT_NAME_PREFIX, usersByPhone } from './repo';
export { adultBornBefore, ageInYears, isMinorNow, isUnder14 } from './domain/minor';
export { childRecord, giveChildWeChat } from './repo';
/** Display names of a set of people (one query for the whole set): what another module shows beside its own rows. */
export { namesOfUsers as userNames } from './repo';

/**
 * The rows with the name of the person each points at, as `as` (null where it
 * points at no one, or at no person of this deployment), asked in one query
 * for the whole list: what a join on users gave before.
 */
export async function withUserNames<R extends object, N extends string>(
  db: Kysely<DB>,
  rows: readonly R[],
  idOf: (row: R) => string | null | undefined,
  as: N,
): Promise<(R & Record<N, string | null>)[]> {
  const names = await namesOfUsers(db, rows.flatMap((r) => idOf(r) ?? []));
  return rows.map((r) => {
    const id = idOf(r);
    return { ...r, [as]: (id ? names.get(id) : undefined) ?? null } as R & Record<N, string | null>;
  });
}
/** Which of these people are grown-ups now, with their names, by name: one query for the set. */
export { adultsAmong } from './repo';
/** People's names and phones by id, one query for the set: only for those who may call them (an activity's organisers). */
export { contactsOfUsers } from './repo';
/** Whom a WeChat message reaches: people's openids by id, one query for the set. */
export { openidsOfUsers } from './repo';

/** Who holds a post: (person, scope) pairs of `role` over these scopes (or every scope of the type), one query. */
export { holdersOfScopes } from './repo';

/** The people who hold `role` over one scope (a building's captains, a department's handlers, the county's admins), each once. */
export async function holdersOf(db: Kysely<DB>, countyId: string, role: string, scopeType: string, scopeId?: string): Promise<string[]> {
  const rows = await holdersOfScopes(db, countyId, role, scopeType, scopeId === undefined ? undefined : [scopeId]);
  return [...new Set(rows.map((r) => r.userId))];
}
