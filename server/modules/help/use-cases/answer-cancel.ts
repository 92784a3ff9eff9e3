import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { sideOf } from '../domain/rules';
import { cancelAnsweredNotice } from '../notices';
import { callerFor } from '../permissions';
import { findRequest, lockRequest, updateRequest } from '../repo';
import { requestView } from '../views';
import { refundRequester } from './move-escrow';

/**
 * The helper answers the requester's ask to cancel. Agreeing cancels the
 * request and gives the points back out of escrow; declining withdraws the
 * ask and the help goes on. The request's row is held: an agreement and the
 * confirmation that completes the request, at once, leave one outcome.
 */
export async function answerCancel(ctx: UseCaseContext, input: { requestId: string; agree: boolean }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  if (sideOf(r, callerFor(actor, r.communityId)) !== 'helper') throw fail.forbidden('只有接单的志愿者可以答复取消');
  if (r.state !== 'accepted') throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不用再答复了`);
  if (!r.cancelAskedAt) throw fail.conflict('对方没有要求取消，或已经收回了');
  const label = HELP_KIND_LABELS[r.kind as HelpKind];
  if (input.agree) {
    await updateRequest(db, r.id, { state: 'cancelled', closedAt: now });
    await refundRequester(db, r, label, now);
  } else {
    await updateRequest(db, r.id, { cancelAskedAt: null, cancelReason: null });
  }
  await deliver(db, actor.countyId, [cancelAnsweredNotice(r, label, input.agree, now)], now);
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
