import type { UseCaseContext } from '../../../core/action';
import type { HelpHoursView } from '../contracts';
import { helpHours } from '../repo';

/** 互助时长: minutes of help given and paid for. Spending points never lowers it: it is read from the requests, not the ledger. */
export function myHelpHours({ db, actor }: UseCaseContext): Promise<HelpHoursView> {
  return helpHours(db, actor.countyId, actor.userId);
}
