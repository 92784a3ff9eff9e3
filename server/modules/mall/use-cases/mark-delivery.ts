import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { StationRedemption } from '../contracts';
import { assertRunsStation, stationRole } from '../permissions';
import { markDelivery } from '../repo';
import { findRedemption } from '../rows';
import { stationRedemption } from '../views';

/** 送上门: staff note that they will bring it to a housebound resident (and hand it over at the door with the resident's code). */
export async function markForDelivery(ctx: UseCaseContext, input: { redemptionId: string; delivery: boolean }): Promise<StationRedemption> {
  const { db, actor, now } = ctx;
  const d = await findRedemption(db, actor.countyId, input.redemptionId);
  if (!d) throw fail.notFound('没有找到这次兑换');
  assertRunsStation(actor, d.stationId);
  if (!(await markDelivery(db, actor.countyId, d.id, input.delivery, actor.userId))) throw fail.conflict('这次兑换已经办完了');
  await recordAudit(db, actor, { role: stationRole(actor, d.stationId), action: 'mall.markDelivery', subjectType: 'mall_redemption', subjectId: d.id, data: { delivery: input.delivery }, at: now });
  return stationRedemption({ ...d, delivery: input.delivery });
}
