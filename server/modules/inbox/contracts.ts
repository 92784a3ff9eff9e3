import { z } from 'zod';
import { idField, noInput } from '../../core/fields';

export const inboxInputs = {
  /** `before`: the id of the last message already shown (messages of one step share a time, so the id breaks ties). */
  list: z.object({ before: idField().optional() }).strict(),
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
