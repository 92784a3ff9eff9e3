import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { HELP_STATE_LABELS, type HelpRequestView } from '../contracts';
import { sideOf } from '../domain/rules';
import { callerFor } from '../permissions';
import { findRequest, lockRequest } from '../repo';
import { requestView } from '../views';
import { openDispute } from './open-dispute';

/** 没有进行: either side of an accepted request says the help did not happen; the community's staff decide. */
export async function disputeRequest(ctx: UseCaseContext, input: { requestId: string; reason: string }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const r = await lockRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  const side = sideOf(r, callerFor(actor, r.communityId));
  if (side !== 'requester' && side !== 'helper') throw fail.forbidden('只有求助的人和帮忙的人可以提出争议');
  if (r.state !== 'accepted') throw fail.conflict(`这一单${HELP_STATE_LABELS[r.state]}，不能再提出争议`);
  await openDispute(db, actor, r, input.reason, side, now);
  return requestView((await findRequest(db, actor.countyId, r.id))!, actor);
}
