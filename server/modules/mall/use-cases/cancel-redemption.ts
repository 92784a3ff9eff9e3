import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { STATE_LABELS, type StationRedemption } from '../contracts';
import { cancelledNotice } from '../notices';
import { assertRunsStation, stationRole } from '../permissions';
import { closeRedemption } from '../repo';
import { findRedemption } from '../rows';
import { stationRedemption } from '../views';
import { giveBack } from './give-back';

/** Staff cancel a waiting redemption with a reason: the item back on the shelf, the points back to the resident, who is told why. */
export async function cancelRedemption(ctx: UseCaseContext, input: { redemptionId: string; reason: string }): Promise<StationRedemption> {
  const { db, actor, now } = ctx;
  const d = await findRedemption(db, actor.countyId, input.redemptionId);
  if (!d) throw fail.notFound('没有找到这次兑换');
  assertRunsStation(actor, d.stationId);
  const closed = await closeRedemption(db, actor.countyId, d.id, { state: 'cancelled', by: actor.userId, reason: input.reason }, now);
  if (!closed) throw fail.conflict(`这次兑换${STATE_LABELS[d.state]}，不能再取消`);
  await giveBack(db, { countyId: actor.countyId, redemptionId: d.id, rewardId: d.rewardId, rewardName: d.rewardName, userId: d.userId, price: d.price, by: actor.userId, why: 'cancelled', now });
  await recordAudit(db, actor, { role: stationRole(actor, d.stationId), action: 'mall.cancel', subjectType: 'mall_redemption', subjectId: d.id, data: { reason: input.reason }, at: now });
  await deliver(db, actor.countyId, [cancelledNotice(d, input.reason)], now);
  return stationRedemption({ ...d, state: 'cancelled', cancelledAt: now, cancelReason: input.reason });
}
