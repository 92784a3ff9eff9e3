import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { newId } from '../../core/ids';
import { currentVersionQuery, insertNumberedSignature, insertVersion } from './repo';

export { pledgeRecordOf, pledgesOfUser, signerTotals } from './repo';
export { insertNumberedSignature };

/** The county's text of a given kind (civic convention or the shop pledge), current version. */
export function currentCountyText(db: Kysely<DB>, countyId: string, kind: 'civic' | 'shop') {
  return currentVersionQuery(db)
    .innerJoin('conventions as c', 'c.id', 'v.conventionId')
    .where('c.countyId', '=', countyId)
    .where('c.kind', '=', kind)
    .executeTakeFirst();
}

/**
 * A new county's county-wide texts (the civic convention, the shop pledge) as
 * version 1, published by the county rather than a person; the admin revises
 * them with a new version before launch.
 */
export async function publishFirstTexts(
  db: Kysely<DB>,
  countyId: string,
  texts: { kind: 'civic' | 'shop'; title: string; preamble: string; articles: string[] }[],
  at: Date,
): Promise<Record<'civic' | 'shop', string>> {
  const ids = {} as Record<'civic' | 'shop', string>;
  for (const t of texts) {
    const conventionId = newId();
    ids[t.kind] = conventionId;
    await db.insertInto('conventions').values({ id: conventionId, countyId, kind: t.kind, communityId: null, title: t.title }).execute();
    await insertVersion(db, { id: newId(), countyId, conventionId, version: 1, title: t.title, preamble: t.preamble, articles: t.articles, by: null, at });
  }
  return ids;
}
