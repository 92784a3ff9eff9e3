import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { sideOf } from '../domain/rules';
import { confirmedNotice } from '../notices';
import { callerFor } from '../permissions';
import { findRequest, lockRequest, updateRequest } from '../repo';
import { requestView } from '../views';
import { payHelper } from './move-escrow';

/**
 * 确认完成: each side says the help happened; the second confirmation pays
 * the helper out of escrow and records the time as their 互助时长. The
 * request's row is held, so two confirmations at once (or one tapped twice)
 * are taken one after the other and the helper is paid once.
 */
export async function confirmHelp(ctx: UseCaseContext, input: { requestId: string; rating?: number }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  const side = sideOf(r, callerFor(actor, r.communityId));
  if (side !== 'requester' && side !== 'helper') throw fail.forbidden('只有求助的人和帮忙的人可以确认');
  if (r.state !== 'accepted') throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不用再确认了`);
  const mine = side === 'requester' ? r.requesterConfirmedAt : r.helperConfirmedAt;
  if (mine) throw fail.conflict('您已经确认过了，等对方确认');
  const other = side === 'requester' ? r.helperConfirmedAt : r.requesterConfirmedAt;
  const label = HELP_KIND_LABELS[r.kind as HelpKind];
  const done = other !== null;
  await updateRequest(db, r.id, {
    // The requester's confirmation withdraws their own pending ask to cancel.
    ...(side === 'requester' ? { requesterConfirmedAt: now, rating: input.rating ?? null, cancelAskedAt: null, cancelReason: null } : { helperConfirmedAt: now }),
    ...(done ? { state: 'done', closedAt: now } : {}),
  });
  if (done) await payHelper(db, r, label, now);
  await deliver(db, actor.countyId, [confirmedNotice(r, label, side, done)], now);
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
