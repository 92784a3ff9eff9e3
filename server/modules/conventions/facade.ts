import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { newId } from '../../core/ids';
import { insertCountyConvention, insertNumberedSignature, insertVersion } from './repo';

export { currentCountyText, pledgeRecordOf, pledgesOfUser, signerTotals, versionNumbers } from './repo';
export { insertNumberedSignature };
/** The conventions a person at this home should sign, with where they stand (首页's to-do). */
export { conventionsForHome } from './use-cases/list-conventions';

/**
 * A new county's county-wide texts (the civic convention, the shop pledge) as
 * version 1, published by the county rather than a person; the admin revises
 * them with a new version before launch.
 */
export async function publishFirstTexts(
  db: Kysely<DB>,
  countyId: string,
  texts: { kind: 'civic' | 'shop' | 'responsibility'; title: string; preamble: string; articles: string[] }[],
  at: Date,
): Promise<Partial<Record<'civic' | 'shop' | 'responsibility', string>>> {
  const ids = {} as Partial<Record<'civic' | 'shop' | 'responsibility', string>>;
  for (const t of texts) {
    const conventionId = newId();
    ids[t.kind] = conventionId;
    await insertCountyConvention(db, { id: conventionId, countyId, kind: t.kind, title: t.title });
    await insertVersion(db, { id: newId(), countyId, conventionId, version: 1, title: t.title, preamble: t.preamble, articles: t.articles, by: null, at });
  }
  return ids;
}
