import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { sideOf } from '../domain/rules';
import { gaveUpNotice } from '../notices';
import { callerFor } from '../permissions';
import { findRequest, lockRequest, updateRequest } from '../repo';
import { requestView } from '../views';

/**
 * 来不了了: the helper gives an accepted request up before either side said
 * it was done. It waits for another helper again; the points stay in escrow
 * (no ledger entry), and the requester is told. A pending ask to cancel goes
 * with it (the requester may now cancel outright).
 */
export async function giveUpRequest(ctx: UseCaseContext, input: { requestId: string; reason?: string }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  if (sideOf(r, callerFor(actor, r.communityId)) !== 'helper') throw fail.forbidden('只有接单的志愿者可以放弃这一单');
  if (r.state !== 'accepted') throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不能再放弃`);
  if (r.helperConfirmedAt || r.requesterConfirmedAt) throw fail.conflict('已经有人确认完成了，不能再放弃；有问题请点“没有进行”');
  await updateRequest(db, r.id, { state: 'open', helperId: null, helperName: null, acceptedAt: null, cancelAskedAt: null, cancelReason: null });
  await deliver(db, actor.countyId, [gaveUpNotice(r, HELP_KIND_LABELS[r.kind as HelpKind], input.reason, now)], now);
  // The volunteer is no longer a side: they see it as any volunteer sees an open request.
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
