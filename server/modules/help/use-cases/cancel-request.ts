import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { sideOf } from '../domain/rules';
import { callerFor } from '../permissions';
import { deliver } from '../../inbox/facade';
import { cancelAskedNotice } from '../notices';
import { findRequest, lockRequest, updateRequest } from '../repo';
import { requestView } from '../views';
import { refundRequester } from './move-escrow';

/**
 * 取消: before anyone accepts, the points come back at once. After a
 * volunteer accepted, the requester cannot take them back alone: the cancel
 * is an ask, with the reason, that the helper agrees to (points back) or
 * declines (help.answerCancel); if they decline, 没有进行 takes it to the
 * community's staff.
 */
export async function cancelRequest(ctx: UseCaseContext, input: { requestId: string; reason?: string }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  const side = sideOf(r, callerFor(actor, r.communityId));
  if (side !== 'requester') throw fail.forbidden('只有发布需求的人可以取消');
  if (r.state === 'open') {
    await updateRequest(db, r.id, { state: 'cancelled', closedAt: now });
    await refundRequester(db, r, HELP_KIND_LABELS[r.kind as HelpKind], now);
  } else if (r.state === 'accepted') {
    if (r.cancelAskedAt) throw fail.conflict('已经请对方同意取消了，请等对方答复');
    if (r.requesterConfirmedAt) throw fail.conflict('您已经确认完成了，不能再取消');
    if (!input.reason || input.reason.length < 2) throw fail.validation('已经有人接单了，取消要请对方同意，请写明原因', [{ field: 'reason', message: '请写明为什么要取消' }]);
    await updateRequest(db, r.id, { cancelAskedAt: now, cancelReason: input.reason });
    await deliver(db, actor.countyId, [cancelAskedNotice(r, HELP_KIND_LABELS[r.kind as HelpKind], input.reason, now)], now);
  } else {
    throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不能再取消`);
  }
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
