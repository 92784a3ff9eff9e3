import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { ManagedReward } from '../contracts';
import { assertRunsStation, stationRole } from '../permissions';
import { moveStock } from '../repo';
import { findReward } from '../rows';
import { manageReward } from './manage-reward';

/** 入库 or 调整 (with a reason): one line in the stock book and the shelf count with it. */
export async function moveRewardStock(ctx: UseCaseContext, input: { rewardId: string; kind: 'in' | 'adjusted'; delta: number; reason?: string }): Promise<ManagedReward> {
  const { db, actor, now } = ctx;
  const r = await findReward(db, actor.countyId, input.rewardId);
  if (!r) throw fail.notFound('没有找到这件礼品');
  assertRunsStation(actor, r.stationId);
  const stock = await moveStock(db, { countyId: actor.countyId, rewardId: r.id, kind: input.kind, delta: input.delta, reason: input.reason ?? '', by: actor.userId, now });
  if (stock === undefined) throw fail.conflict(`库存只剩${r.stock}件，不能减少${-input.delta}件`);
  await recordAudit(db, actor, { role: stationRole(actor, r.stationId), action: 'mall.moveStock', subjectType: 'mall_reward', subjectId: r.id, data: { kind: input.kind, delta: input.delta, reason: input.reason ?? '' }, at: now });
  return manageReward(ctx, { rewardId: r.id });
}
