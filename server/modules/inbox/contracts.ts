import { z } from 'zod';
import { idField, noInput } from '../../core/fields';

export const inboxInputs = {
  list: z.object({ before: z.string().datetime({ offset: true }).optional() }).strict(),
  unreadCount: noInput(),
  markRead: z.object({ messageId: idField() }).strict(),
  markAllRead: noInput(),
};

export interface InboxMessage {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** A page path in the app, opened when the message is tapped. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export const INBOX_PAGE_SIZE = 30;
