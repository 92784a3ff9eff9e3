import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { InboxMessage } from '../contracts';
import { messagesOf } from '../repo';

/** The caller's messages, newest first, a page at a time. */
export async function listMessages({ db, actor }: UseCaseContext, input: { before?: string }): Promise<InboxMessage[]> {
  const rows = await messagesOf(db, actor.userId, input.before);
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: iso(r.createdAt), read: r.readAt !== null }));
}
