import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { GoodPersonView } from '../contracts';
import { holdsRoleIn } from '../../../core/actor';
import { reviewerRole } from '../domain/nomination-events';
import { mayReview } from '../permissions';
import { findGoodPerson, updateGoodPerson } from '../repo';
import { toView } from '../views';

const OUTCOMES = {
  approve: { status: 'approved', title: '您推荐的好人已公开展示' },
  changes: { status: 'changes_requested', title: '请修改推荐的事迹' },
  reject: { status: 'rejected', title: '您的推荐未通过审核' },
} as const;

/** Staff approve (public from now on), ask for changes, or reject with a reason. Only after the nominee agreed. */
export async function reviewGoodPerson(ctx: UseCaseContext, input: { goodPersonId: string; decision: 'approve' | 'changes' | 'reject'; reason?: string }): Promise<GoodPersonView> {
  const { db, actor, now } = ctx;
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || !mayReview(actor, row)) throw fail.notFound('没有找到这位好人');
  if (row.status === 'awaiting_consent') throw fail.conflict('被推荐人还没有同意公开，不能审核');
  if (row.status !== 'submitted') throw fail.conflict('这条推荐已经审核过了');
  if (input.decision !== 'approve' && !input.reason) throw fail.validation('请写明原因', [{ field: 'reason', message: '这一项必须填写' }]);
  const outcome = OUTCOMES[input.decision];
  const won = await updateGoodPerson(
    db,
    row.id,
    row.version,
    { status: outcome.status, reviewNote: input.reason ?? null, reviewedBy: actor.userId, reviewedAt: now, updatedAt: now },
    {
      type: 'reviewed',
      actorId: actor.userId,
      actorRole: reviewerRole(row.communityId !== null && holdsRoleIn(actor, 'staff', row.communityId)),
      decision: input.decision,
      note: input.reason ?? null,
      at: now,
    },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  await deliver(
    db,
    actor.countyId,
    [{ userId: row.nominatedBy, kind: 'good-people', title: outcome.title, body: input.reason ? `原因：${input.reason}` : `${row.nomineeName}的事迹已在好人榜展示。`, link: `/features/good-people/pages/detail/index?id=${row.id}`, sourceKey: `good-person:${row.id}:review:${row.version}` }],
    now,
  );
  return toView(db, actor, (await findGoodPerson(db, actor.countyId, row.id))!);
}
