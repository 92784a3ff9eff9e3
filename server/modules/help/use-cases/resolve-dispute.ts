import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { resolvedNotices } from '../notices';
import { servesCommunity, staffRole } from '../permissions';
import { findRequest, lockRequest, updateRequest } from '../repo';
import { requestView } from '../views';
import { payHelper, refundRequester } from './move-escrow';

/** Staff of the request's community decide a dispute with a reason: the helper is paid, or the points go back. Audited; both sides are told. */
export async function resolveDispute(ctx: UseCaseContext, input: { requestId: string; decision: 'pay' | 'refund'; reason: string }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  if (!servesCommunity(actor, r.communityId)) throw fail.forbidden('只有这个社区的工作人员可以处理这单争议');
  if (r.state !== 'disputed') throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不用再处理了`);
  const label = HELP_KIND_LABELS[r.kind as HelpKind];
  await updateRequest(db, r.id, { state: input.decision === 'pay' ? 'done' : 'cancelled', resolution: input.decision, resolvedBy: actor.userId, resolveReason: input.reason, closedAt: now });
  if (input.decision === 'pay') await payHelper(db, r, label, now);
  else await refundRequester(db, r, label, now);
  await recordAudit(db, actor, { role: staffRole(actor, r.communityId), action: 'help.resolve', subjectType: 'help_request', subjectId: r.id, data: { decision: input.decision, reason: input.reason, points: r.points }, at: now });
  await deliver(db, actor.countyId, resolvedNotices(r, label, input.decision, input.reason), now);
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
