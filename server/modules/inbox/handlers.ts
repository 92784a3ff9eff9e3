import { defineAction, defineModule } from '../../core/action';
import { inboxInputs } from './contracts';
import { countUnread } from './use-cases/count-unread';
import { listMessages } from './use-cases/list-messages';
import { readAllMessages, readMessage } from './use-cases/read-message';

export const inboxModule = defineModule('inbox', {
  list: defineAction({ input: inboxInputs.list, run: listMessages }),
  unreadCount: defineAction({ input: inboxInputs.unreadCount, run: countUnread }),
  markRead: defineAction({ input: inboxInputs.markRead, run: readMessage }),
  markAllRead: defineAction({ input: inboxInputs.markAllRead, run: readAllMessages }),
});
