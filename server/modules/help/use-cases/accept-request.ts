import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from '../contracts';
import { acceptedNotice } from '../notices';
import { findRequest, takeRequest } from '../repo';
import { requestView } from '../views';

/** 接单: a registered volunteer takes an open request. Of two at once, one wins; the other hears CONFLICT. */
export async function acceptRequest(ctx: UseCaseContext, input: { requestId: string }): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  const taken = await takeRequest(db, actor.countyId, input.requestId, { id: actor.userId, name: actor.name }, now);
  const r = await findRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  if (!taken) {
    if (r.requesterId === actor.userId || r.postedBy === actor.userId) throw fail.conflict('这是您自己发布的需求，不能自己接单');
    throw fail.conflict(r.state === 'open' ? '现在接不了这一单，请稍后再试' : `这一单${HELP_STATE_LABELS[r.state]}，看看别的需求吧`);
  }
  await deliver(db, actor.countyId, [acceptedNotice(r, HELP_KIND_LABELS[r.kind as HelpKind])], now);
  return requestView(r, actor);
}
