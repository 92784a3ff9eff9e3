import { sql, type Kysely } from 'kysely';
import type { SubscribeMessenger } from '../../core/notify/port';
import { topicOf } from '../../core/notify/topics';
import type { DB } from '../../db/schema';

/** A message older than this is news no more: it stays in the inbox, unpushed. */
const FRESH_MS = 24 * 3_600_000;
const BATCH = 200;

export interface PushOutcome {
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * Pushes new inbox messages as WeChat subscribe messages, for people who
 * allowed that topic. Each message is claimed by a conditional update before
 * anything is sent, so overlapping runs never send one twice; a grant is used
 * in the same step. Sending happens outside any transaction.
 */
export async function pushPending(db: Kysely<DB>, messenger: SubscribeMessenger, now: Date, options: { countyId?: string } = {}): Promise<PushOutcome> {
  const outcome: PushOutcome = { sent: 0, skipped: 0, failed: 0 };
  const freshSince = new Date(now.getTime() - FRESH_MS);
  await db
    .updateTable('inboxMessages')
    .set({ pushState: 'skipped' })
    .where('pushState', 'is', null)
    .where('createdAt', '<=', freshSince)
    .$if(options.countyId !== undefined, (q) => q.where('countyId', '=', options.countyId!))
    .execute();
  const configured = messenger.templates();
  const rows = await db
    .selectFrom('inboxMessages as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.id', 'm.userId', 'm.kind', 'm.title', 'm.body', 'm.link', 'm.createdAt', 'u.openid'])
    .where('m.pushState', 'is', null)
    .where('m.createdAt', '>', freshSince)
    .$if(options.countyId !== undefined, (q) => q.where('m.countyId', '=', options.countyId!))
    .orderBy('m.createdAt')
    .limit(BATCH)
    .execute();

  for (const row of rows) {
    const topic = topicOf(row.kind);
    const claim = await db.transaction().execute(async (trx) => {
      const taken = await trx.updateTable('inboxMessages').set({ pushState: 'skipped' }).where('id', '=', row.id).where('pushState', 'is', null).returning('id').executeTakeFirst();
      if (!taken) return 'gone' as const;
      // A child without WeChat of their own reads it in child mode; nothing can be pushed to them.
      if (!topic || !configured[topic] || !row.openid) return 'skipped' as const;
      const grant = await trx
        .updateTable('subscribeGrants')
        .set({ remaining: sql`remaining - 1`, updatedAt: now })
        .where('userId', '=', row.userId)
        .where('topic', '=', topic)
        .where('remaining', '>', 0)
        .returning('remaining')
        .executeTakeFirst();
      if (!grant) return 'skipped' as const;
      await trx.updateTable('inboxMessages').set({ pushState: 'sending' }).where('id', '=', row.id).execute();
      return 'send' as const;
    });
    if (claim === 'gone') continue;
    if (claim === 'skipped') {
      outcome.skipped += 1;
      continue;
    }
    try {
      await messenger.send({ openid: row.openid!, topic: topic!, title: row.title, body: row.body, page: row.link, at: new Date(row.createdAt) });
      await db.updateTable('inboxMessages').set({ pushState: 'sent' }).where('id', '=', row.id).execute();
      outcome.sent += 1;
    } catch {
      // The person's permission was used by WeChat's refusal too; the message stays in the inbox.
      await db.updateTable('inboxMessages').set({ pushState: 'failed' }).where('id', '=', row.id).execute();
      outcome.failed += 1;
    }
  }
  return outcome;
}
