import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { ManagedReward } from '../contracts';
import { assertRunsStation } from '../permissions';
import { withUserNames } from '../../identity/facade';
import { redemptionCounts, stockBook } from '../repo';
import { findReward } from '../rows';
import { rewardCard } from '../views';

const MOVE_LABELS = { in: '入库', redeemed: '兑换', returned: '退回', adjusted: '调整' } as const;

/** One reward with its stock book, for its station's staff. */
export async function manageReward(ctx: UseCaseContext, input: { rewardId: string }): Promise<ManagedReward> {
  const { db, actor } = ctx;
  const r = await findReward(db, actor.countyId, input.rewardId);
  if (!r) throw fail.notFound('没有找到这件礼品');
  assertRunsStation(actor, r.stationId);
  const [book, counts] = await Promise.all([stockBook(db, actor.countyId, r.id).then((moves) => withUserNames(db, moves, (m) => m.byUser, 'byName')), redemptionCounts(db, actor.countyId, [r.id])]);
  const c = counts.get(r.id) ?? { waiting: 0, handedOver: 0 };
  return {
    ...rewardCard(r),
    waiting: c.waiting,
    handedOver: c.handedOver,
    book: book.map((m) => ({ id: m.id, kind: m.kind, kindLabel: MOVE_LABELS[m.kind], delta: m.delta, reason: m.reason, by: m.byName, at: iso(m.at) })),
  };
}
