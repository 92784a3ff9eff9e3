import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { insertMessages } from './repo';

export interface Notice {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  /** What caused it (e.g. "report:<id>:<seq>"): the same source tells a person once. */
  sourceKey: string;
}

/**
 * Puts notices in people's inboxes, in the caller's transaction: a step that
 * rolls back tells no one. WeChat subscribe messages, where a person allowed
 * them, are sent from the inbox by the scheduler (push-pending.ts).
 */
export async function deliver(db: Kysely<DB>, countyId: string, notices: Notice[], at: Date): Promise<void> {
  await insertMessages(
    db,
    notices.map((n) => ({ id: newId(), countyId, userId: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, sourceKey: n.sourceKey, createdAt: at })),
  );
}

export { forgetInbox, markReadBySource } from './repo';
