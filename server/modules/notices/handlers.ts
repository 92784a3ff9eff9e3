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
  buildings: defineAction({ input: noticesInputs.buildings, run: listBuildings, readOnly: true }),
  post: defineAction({ input: noticesInputs.post, run: postNotice }),
  edit: defineAction({ input: noticesInputs.edit, run: editNotice }),
  withdraw: defineAction({ input: noticesInputs.withdraw, run: withdrawNotice }),
  forMe: defineAction({ input: noticesInputs.forMe, run: myNotices, readOnly: true }),
  read: defineAction({ input: noticesInputs.read, run: readNotice }),
  acknowledge: defineAction({ input: noticesInputs.acknowledge, run: acknowledgeNotice }),
  managed: defineAction({ input: noticesInputs.managed, run: managedNotices, readOnly: true }),
  receipts: defineAction({ input: noticesInputs.receipts, run: noticeReceipts, readOnly: true }),
  remind: defineAction({ input: noticesInputs.remind, run: remindUnread }),
  history: defineAction({ input: noticesInputs.history, run: noticeHistory, readOnly: true }),
});
