import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { markAllRead, markRead, unreadCountOf } from '../repo';

/** Reading twice counts once; someone else's message does not exist for the caller. */
export async function readMessage({ db, actor, now }: UseCaseContext, input: { messageId: string }): Promise<{ unread: number }> {
  if (!(await markRead(db, actor.userId, input.messageId, now))) throw fail.notFound('这条消息不存在');
  return { unread: await unreadCountOf(db, actor.userId) };
}

export async function readAllMessages({ db, actor, now }: UseCaseContext): Promise<{ unread: number }> {
  await markAllRead(db, actor.userId, now);
  return { unread: 0 };
}
