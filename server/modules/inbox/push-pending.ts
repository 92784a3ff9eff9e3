import type { Kysely } from 'kysely';
import type { SubscribeMessenger } from '../../core/notify/port';
import { topicOf } from '../../core/notify/topics';
import type { DB } from '../../db/schema';
import { openidsOfUsers } from '../identity/facade';
import { claimForPush, setPushState, skipStaleUnpushed, unpushedSince, useSubscribeGrant } from './repo';

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
  await skipStaleUnpushed(db, freshSince, options.countyId);
  const configured = messenger.templates();
  const batch = await unpushedSince(db, freshSince, BATCH, options.countyId);
  // With each recipient's openid (null for a child without WeChat of their own), one query for the batch.
  const openids = await openidsOfUsers(db, batch.map((m) => m.userId));
  const rows = batch.filter((m) => openids.has(m.userId)).map((m) => ({ ...m, openid: openids.get(m.userId) ?? null }));

  for (const row of rows) {
    const topic = topicOf(row.kind);
    const claim = await db.transaction().execute(async (trx) => {
      if (!(await claimForPush(trx, row.id))) return 'gone' as const;
      // A child without WeChat of their own reads it in child mode; nothing can be pushed to them.
      if (!topic || !configured[topic] || !row.openid) return 'skipped' as const;
      if (!(await useSubscribeGrant(trx, row.userId, topic, now))) return 'skipped' as const;
      await setPushState(trx, row.id, 'sending');
      return 'send' as const;
    });
    if (claim === 'gone') continue;
    if (claim === 'skipped') {
      outcome.skipped += 1;
      continue;
    }
    try {
      await messenger.send({ openid: row.openid!, topic: topic!, title: row.title, body: row.body, page: row.link, at: new Date(row.createdAt) });
      await setPushState(db, row.id, 'sent');
      outcome.sent += 1;
    } catch {
      // The person's permission was used by WeChat's refusal too; the message stays in the inbox.
      await setPushState(db, row.id, 'failed');
      outcome.failed += 1;
    }
  }
  return outcome;
}
