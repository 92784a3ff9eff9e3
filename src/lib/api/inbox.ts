import { call } from '../cloud'
import type { InboxMessage } from '../../../server/modules/inbox/contracts'

export type { InboxMessage }

/** How many messages one list call returns (the server's INBOX_PAGE_SIZE; a test keeps the two equal). */
export const INBOX_PAGE_SIZE = 30

/** inbox.list — the caller's messages, newest first; `before` (the last shown message's id) pages back. */
export function listMessages(before?: string): Promise<InboxMessage[]> {
  return call<InboxMessage[]>('inbox', 'list', before ? { before } : {})
}

/** inbox.unreadCount — the 消息 tab's badge. */
export function getUnreadCount(): Promise<{ unread: number }> {
  return call<{ unread: number }>('inbox', 'unreadCount', {})
}

/** inbox.markRead — reading twice counts once; answers the unread count left. */
export function markMessageRead(messageId: string): Promise<{ unread: number }> {
  return call<{ unread: number }>('inbox', 'markRead', { messageId })
}

/** inbox.markAllRead */
export function markAllMessagesRead(): Promise<{ unread: number }> {
  return call<{ unread: number }>('inbox', 'markAllRead', {})
}
