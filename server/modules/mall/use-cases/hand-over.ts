import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { AppError } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { StationRedemption } from '../contracts';
import { PICKUP_REFUSALS, PickupRefusal, readCode, refusePickup } from '../domain/pickup-code';
import { assertRunsStation, stationRole } from '../permissions';
import { settleHandOver } from '../repo';
import { findRedemption, redemptionByDigits } from '../rows';
import { handedOverNotice } from '../notices';
import { pickupKey, stationRedemption } from '../views';

function refused(reason: PickupRefusal): AppError {
  const { code, message } = PICKUP_REFUSALS[reason];
  return new AppError(code, message, [{ field: 'code', message }]);
}

/**
 * 核销: station staff type the six digits or scan the QR, at the station or
 * at a housebound resident's door. The code must be a real one (a QR's
 * signature holds, the digits name a redemption of the county), of a
 * redemption waiting at this station, not used, expired or cancelled; each
 * refusal says which. The redemption then moves from 待领取 in one
 * conditional update, so two staff typing one code at once hand it over once.
 */
export async function handOver(ctx: UseCaseContext, input: { stationId: string; code: string }): Promise<StationRedemption> {
  const { db, actor, now } = ctx;
  assertRunsStation(actor, input.stationId);
  const read = readCode(pickupKey(ctx.keys), input.code);
  if (read.kind === 'forged') throw refused('forged');
  const d = read.kind === 'qr' ? await findRedemption(db, actor.countyId, read.redemptionId) : await redemptionByDigits(db, actor.countyId, read.digits);
  if (!d || d.pickupDigits !== read.digits) throw refused('forged');
  const why = refusePickup(d, input.stationId, now);
  if (why) throw refused(why);
  if (!(await settleHandOver(db, actor.countyId, d.id, actor.userId, now))) throw refused('used');
  await recordAudit(db, actor, { role: stationRole(actor, input.stationId), action: 'mall.handOver', subjectType: 'mall_redemption', subjectId: d.id, data: { delivery: d.delivery }, at: now });
  await deliver(db, actor.countyId, [handedOverNotice(d)], now);
  return stationRedemption({ ...d, state: 'handed_over', handedOverAt: now });
}
