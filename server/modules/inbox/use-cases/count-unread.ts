import type { UseCaseContext } from '../../../core/action';
import { unreadCountOf } from '../repo';

/** The tab's badge. */
export async function countUnread({ db, actor }: UseCaseContext): Promise<{ unread: number }> {
  return { unread: await unreadCountOf(db, actor.userId) };
}
