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

/** Opening the thing a message is about is reading its news: the person is not told twice. */
export async function markReadBySource(db: Kysely<DB>, userId: string, prefix: string, at: Date): Promise<void> {
  await db.updateTable('inboxMessages').set({ readAt: at }).where('userId', '=', userId).where('sourceKey', 'like', `${prefix}%`).where('readAt', 'is', null).execute();
}

/**
 * One more message of each topic the person may be sent: WeChat counts every
 * "allow" tap as one message, and we keep at most fifty so that an old pile of
 * taps cannot outlast the person's interest.
 */
export async function addSubscribeGrants(db: Kysely<DB>, userId: string, topics: readonly string[], at: Date): Promise<void> {
  await db
    .insertInto('subscribeGrants')
    .values(topics.map((topic) => ({ userId, topic, remaining: 1, updatedAt: at })))
    .onConflict((oc) => oc.columns(['userId', 'topic']).doUpdateSet({ remaining: sql`least(subscribe_grants.remaining + 1, 50)`, updatedAt: at }))
    .execute();
}

// ---- push (WeChat subscribe messages) ---------------------------------------

/** Messages too old to be news are marked skipped, so that no later run pushes them. */
export async function skipStaleUnpushed(db: Kysely<DB>, freshSince: Date, countyId?: string): Promise<void> {
  await db
    .updateTable('inboxMessages')
    .set({ pushState: 'skipped' })
    .where('pushState', 'is', null)
    .where('createdAt', '<=', freshSince)
    .$if(countyId !== undefined, (q) => q.where('countyId', '=', countyId!))
    .execute();
}

/** The next batch to push, oldest first (the recipients' openids are identity's). */
export function unpushedSince(db: Kysely<DB>, freshSince: Date, limit: number, countyId?: string) {
  return db
    .selectFrom('inboxMessages as m')
    .select(['m.id', 'm.userId', 'm.kind', 'm.title', 'm.body', 'm.link', 'm.createdAt'])
    .where('m.pushState', 'is', null)
    .where('m.createdAt', '>', freshSince)
    .$if(countyId !== undefined, (q) => q.where('m.countyId', '=', countyId!))
    .orderBy('m.createdAt')
    .limit(limit)
    .execute();
}

/**
 * Claims a message for this run by a conditional update (marked skipped until
 * it is known to be sent): of overlapping runs only one gets it, so no message
 * is pushed twice. False when another run took it.
 */
export async function claimForPush(db: Kysely<DB>, messageId: string): Promise<boolean> {
  const taken = await db.updateTable('inboxMessages').set({ pushState: 'skipped' }).where('id', '=', messageId).where('pushState', 'is', null).returning('id').executeTakeFirst();
  return taken !== undefined;
}

/** Uses one of the person's grants for the topic, only if one is left (the condition, not a read, decides). False when none is. */
export async function useSubscribeGrant(db: Kysely<DB>, userId: string, topic: string, at: Date): Promise<boolean> {
  const grant = await db
    .updateTable('subscribeGrants')
    .set({ remaining: sql`remaining - 1`, updatedAt: at })
    .where('userId', '=', userId)
    .where('topic', '=', topic)
    .where('remaining', '>', 0)
    .returning('remaining')
    .executeTakeFirst();
  return grant !== undefined;
}

/** Records how the push of a claimed message went, for the push job's own bookkeeping. */
export async function setPushState(db: Kysely<DB>, messageId: string, state: 'sending' | 'sent' | 'failed'): Promise<void> {
  await db.updateTable('inboxMessages').set({ pushState: state }).where('id', '=', messageId).execute();
}

/** 注销: the person's messages and their permissions to be sent WeChat messages go. */
export async function forgetInbox(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('inboxMessages').where('userId', '=', userId).execute();
  await db.deleteFrom('subscribeGrants').where('userId', '=', userId).execute();
}
