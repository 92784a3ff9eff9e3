import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, InvitationsTable } from '../../db/schema';

export type InvitationRecord = Selectable<InvitationsTable>;

const invitations = (db: Kysely<DB>) => db.selectFrom('invitations as i').selectAll('i');

/**
 * A new invitation, unless its code is taken by another open one (one in a
 * million): then nothing is written and the caller draws another code.
 */
export async function insertInvitation(
  db: Kysely<DB>,
  inv: { id: string; countyId: string; role: string; scopeType: string; scopeId: string; code: string; token: string; note: string; householdId: string | null; createdBy: string | null; createdAt: Date; expiresAt: Date },
): Promise<boolean> {
  const row = await db
    .insertInto('invitations')
    .values(inv)
    .onConflict((oc) => oc.column('code').where('acceptedAt', 'is', null).where('cancelledAt', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The open invitation a typed code names (codes are unique only among open ones). */
export function invitationByCode(db: Kysely<DB>, code: string) {
  return invitations(db).where('i.code', '=', code).where('i.acceptedAt', 'is', null).where('i.cancelledAt', 'is', null).executeTakeFirst() as Promise<InvitationRecord | undefined>;
}

export function invitationByToken(db: Kysely<DB>, token: string) {
  return invitations(db).where('i.token', '=', token).executeTakeFirst() as Promise<InvitationRecord | undefined>;
}

export function invitationById(db: Kysely<DB>, id: string) {
  return invitations(db).where('i.id', '=', id).executeTakeFirst() as Promise<InvitationRecord | undefined>;
}

/** Open invitations of the county, or of some of its scopes, newest first. */
export function openInvitations(db: Kysely<DB>, countyId: string, now: Date, scopeIds?: string[]) {
  return invitations(db)
    .where('i.countyId', '=', countyId)
    .where('i.acceptedAt', 'is', null)
    .where('i.cancelledAt', 'is', null)
    .where('i.expiresAt', '>', now)
    .$if(scopeIds !== undefined, (q) => q.where('i.scopeId', 'in', scopeIds!.length ? scopeIds! : ['00000000-0000-0000-0000-000000000000']))
    .orderBy('i.createdAt', 'desc')
    .execute() as Promise<InvitationRecord[]>;
}

/** Takes the invitation for `userId` if it is still open: of twenty racing accepts, one updates the row. */
export async function takeInvitation(db: Kysely<DB>, id: string, userId: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('invitations')
    .set({ acceptedBy: userId, acceptedAt: now })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function cancelOpenInvitation(db: Kysely<DB>, id: string, by: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('invitations')
    .set({ cancelledBy: by, cancelledAt: now })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Wrong codes this WeChat user typed today, read before looking the code up:
 * past the limit even a right code is refused, so guessing cannot go on.
 */
export async function wrongCodesToday(db: Kysely<DB>, openid: string, day: string): Promise<number> {
  return (await db.selectFrom('invitationAttempts').select('count').where('openid', '=', openid).where('day', '=', day).executeTakeFirst())?.count ?? 0;
}

/** One more wrong code from this WeChat user today; past the limit the CHECK refuses it (and the caller is told to wait). */
export async function countWrongCode(db: Kysely<DB>, openid: string, day: string): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    insert into invitation_attempts (openid, day, count) values (${openid}, ${day}, 1)
    on conflict (openid, day) do update set count = invitation_attempts.count + 1
    returning count`.execute(db);
  return rows[0].count;
}
