import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { currentVersionQuery, insertNumberedSignature } from './repo';

export { pledgesOfUser, signerTotals } from './repo';
export { insertNumberedSignature };

/** The county's text of a given kind (civic convention or the shop pledge), current version. */
export function currentCountyText(db: Kysely<DB>, countyId: string, kind: 'civic' | 'shop') {
  return currentVersionQuery(db)
    .innerJoin('conventions as c', 'c.id', 'v.conventionId')
    .where('c.countyId', '=', countyId)
    .where('c.kind', '=', kind)
    .executeTakeFirst();
}
