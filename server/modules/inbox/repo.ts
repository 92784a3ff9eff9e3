import { Insertable, Kysely, sql } from 'kysely';
import type { DB, InboxMessagesTable } from '../../db/schema';
import { INBOX_PAGE_SIZE } from './contracts';

export type NewMessage = Omit<Insertable<InboxMessagesTable>, 'readAt'>;

/** Each (person, source) once: a retried step never tells anyone twice. */
export async function insertMessages(db: Kysely<DB>, rows: NewMessage[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('inboxMessages')
    .values(rows)
    .onConflict((oc) => oc.columns(['userId', 'sourceKey']).doNothing())
    .execute();
}

/** A page of messages, newest first, strictly after the message `beforeId` in that order. */
export function messagesOf(db: Kysely<DB>, userId: string, beforeId: string | undefined) {
  let query = db
    .selectFrom('inboxMessages')
    .select(['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(INBOX_PAGE_SIZE);
  if (beforeId) {
    query = query.where(
      sql<boolean>`(created_at, id) < (select m.created_at, m.id from inbox_messages m where m.id = ${beforeId} and m.user_id = ${userId})`,
    );
  }
  return query.execute();
}

export async function unreadCountOf(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('inboxMessages')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks read once; returns whether the message is the user's. */
export async function markRead(db: Kysely<DB>, userId: string, messageId: string, at: Date): Promise<boolean> {
  const own = await db.selectFrom('inboxMessages').select('readAt').where('id', '=', messageId).where('userId', '=', userId).executeTakeFirst();
  if (!own) return false;
  if (own.readAt === null) {
    await db.updateTable('inboxMessages').set({ readAt: at }).where('id', '=', messageId).where('readAt', 'is', null).execute();
  }
  return true;
}

export async function markAllRead(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  await db.updateTable('inboxMessages').set({ readAt: at }).where('userId', '=', userId).where('readAt', 'is', null).execute();
}

/** 注销: the person's messages and their permissions to be sent WeChat messages go. */
export async function forgetInbox(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('inboxMessages').where('userId', '=', userId).execute();
  await db.deleteFrom('subscribeGrants').where('userId', '=', userId).execute();
}
