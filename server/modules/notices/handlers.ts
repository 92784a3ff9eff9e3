import { anyone, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { noticesInputs } from './contracts';
import { editNotice, withdrawNotice } from './use-cases/change-notice';
import { listBuildings } from './use-cases/list-buildings';
import { managedNotices } from './use-cases/managed-notices';
import { myNotices } from './use-cases/my-notices';
import { noticeHistory, noticeReceipts, remindUnread } from './use-cases/notice-receipts';
import { postNotice } from './use-cases/post-notice';
import { acknowledgeNotice, readNotice } from './use-cases/read-notice';

export const noticesModule = defineModule('notices', {
  buildings: defineAction({ authorize: anyone, input: noticesInputs.buildings, run: listBuildings, readOnly: true }),
  post: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.post, run: postNotice, texts: { scene: 'social', fields: (input) => ({ title: input.title, body: input.body }) } }),
  edit: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.edit, run: editNotice, texts: { scene: 'social', fields: (input) => ({ title: input.title, body: input.body }) } }),
  withdraw: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.withdraw, run: withdrawNotice }),
  forMe: defineAction({ authorize: anyone, input: noticesInputs.forMe, run: myNotices, readOnly: true }),
  read: defineAction({ authorize: anyone, input: noticesInputs.read, run: readNotice }),
  acknowledge: defineAction({ authorize: anyone, input: noticesInputs.acknowledge, run: acknowledgeNotice }),
  managed: defineAction({ authorize: anyone, input: noticesInputs.managed, run: managedNotices, readOnly: true }),
  receipts: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.receipts, run: noticeReceipts, readOnly: true }),
  remind: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.remind, run: remindUnread }),
  history: defineAction({ authorize: withRole('captain', 'staff', 'admin'), input: noticesInputs.history, run: noticeHistory, readOnly: true }),
});
