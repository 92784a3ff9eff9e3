import { z } from 'zod';
import { idField, noInput } from '../../core/fields';
import { TOPICS } from '../../core/notify/topics';

export type { Topic } from '../../core/notify/topics';

export const inboxInputs = {
  /** `before`: the id of the last message already shown (messages of one step share a time, so the id breaks ties). */
  list: z.object({ before: idField().optional() }).strict(),
  unreadCount: noInput(),
  markRead: z.object({ messageId: idField() }).strict(),
  markAllRead: noInput(),
  /** The WeChat template ids the mini-program may ask permission for, by topic (none in the local server). */
  subscribeTemplates: noInput(),
  /** The topics the person just allowed (each "allow" is good for one message). */
  subscribed: z.object({ topics: z.array(z.enum(TOPICS)).min(1).max(TOPICS.length) }).strict(),
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
