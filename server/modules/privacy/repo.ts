import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import type { ConsentPurpose } from './domain/consent-purposes';

/** The person's live consent to a purpose, if any. */
export function liveConsent(db: Kysely<DB>, userId: string, purpose: ConsentPurpose) {
  return db
    .selectFrom('personalConsents')
    .select(['id', 'textVersion', 'givenAt'])
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('withdrawnAt', 'is', null)
    .executeTakeFirst();
}

/** Every consent the person gave, withdrawn ones too, newest first. */
export function consentsOf(db: Kysely<DB>, userId: string) {
  return db.selectFrom('personalConsents').select(['purpose', 'textVersion', 'givenAt', 'withdrawnAt']).where('userId', '=', userId).orderBy('givenAt', 'desc').execute();
}

/** Records a consent; a second one while the first is live writes nothing (the partial unique index). Returns whether it was new. */
export async function insertConsent(db: Kysely<DB>, c: { countyId: string; userId: string; purpose: ConsentPurpose; textVersion: number; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('personalConsents')
    .values({ id: newId(), countyId: c.countyId, userId: c.userId, purpose: c.purpose, textVersion: c.textVersion, givenAt: c.at, withdrawnAt: null })
    .onConflict((oc) => oc.columns(['userId', 'purpose']).where('withdrawnAt', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function markWithdrawn(db: Kysely<DB>, userId: string, purpose: ConsentPurpose, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('personalConsents')
    .set({ withdrawnAt: at })
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('withdrawnAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
