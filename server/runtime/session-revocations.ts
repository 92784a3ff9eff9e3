import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Session } from './session';

/** Sign-out: the token stays refused until it would have expired anyway. Signing out twice is no error. */
export async function revokeSession(db: Kysely<DB>, session: Session): Promise<void> {
  await db
    .insertInto('revokedSessions')
    .values({ id: session.id, expiresAt: session.expiresAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function isRevoked(db: Kysely<DB>, session: Session): Promise<boolean> {
  return (await db.selectFrom('revokedSessions').select('id').where('id', '=', session.id).executeTakeFirst()) !== undefined;
}

/** Entries for tokens that have expired on their own guard nothing; the scheduler drops them. */
export async function forgetExpiredRevocations(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom('revokedSessions').where('expiresAt', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
