import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { guardiansOf, wardsOf } from './repo';

export { guardiansOf, wardsOf };

/** A person's name and when their account was made (new accounts weigh less in a vote). */
export function personBasics(db: Kysely<DB>, countyId: string, userId: string) {
  return db.selectFrom('users').select(['id', 'name', 'isMinor', 'createdAt']).where('countyId', '=', countyId).where('id', '=', userId).executeTakeFirst();
}
