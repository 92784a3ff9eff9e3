import { anyone } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { inboxInputs } from './contracts';
import { countUnread } from './use-cases/count-unread';
import { listMessages } from './use-cases/list-messages';
import { readAllMessages, readMessage } from './use-cases/read-message';
import { recordSubscriptions, subscribeTemplates } from './use-cases/subscriptions';

export const inboxModule = defineModule('inbox', {
  list: defineAction({ authorize: anyone, childMode: true, input: inboxInputs.list, run: listMessages, readOnly: true }),
  unreadCount: defineAction({ authorize: anyone, childMode: true, input: inboxInputs.unreadCount, run: countUnread, readOnly: true }),
  markRead: defineAction({ authorize: anyone, childMode: true, input: inboxInputs.markRead, run: readMessage }),
  markAllRead: defineAction({ authorize: anyone, childMode: true, input: inboxInputs.markAllRead, run: readAllMessages }),
  subscribeTemplates: defineAction({ authorize: anyone, input: inboxInputs.subscribeTemplates, run: async (ctx) => subscribeTemplates(ctx), readOnly: true }),
  subscribed: defineAction({ authorize: anyone, input: inboxInputs.subscribed, run: recordSubscriptions }),
});
