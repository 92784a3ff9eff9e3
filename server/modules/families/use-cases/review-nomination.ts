import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { NominationView } from '../contracts';
import { reviewerRole } from '../domain/nomination-events';
import { mayReview } from '../domain/nomination-rules';
import { campaignPhase } from '../domain/phases';
import { findCampaign, updateNomination } from '../repo';
import { findNomination } from '../rows';
import { viewerFacts } from '../viewer';
import { toNominationView } from '../views';
import { NOMINATION_LINK } from './nomination-detail';

const OUTCOMES = {
  approve: { status: 'approved', title: '推荐的家庭已入选投票名单' },
  changes: { status: 'changes_requested', title: '社区请您修改推荐内容' },
  reject: { status: 'rejected', title: '推荐的家庭未通过审核' },
} as const;

/** Staff approve (the family enters the voting list), ask for changes, or reject — the last two with a reason. */
export async function reviewNomination(ctx: UseCaseContext, input: { nominationId: string; decision: 'approve' | 'changes' | 'reject'; reason?: string }): Promise<NominationView> {
  const { db, actor, now } = ctx;
  const row = await findNomination(db, actor.countyId, input.nominationId);
  const viewer = await viewerFacts(db, actor);
  if (!row || !mayReview(row, viewer)) throw fail.notFound('没有找到这条推荐');
  if (row.status !== 'submitted') throw fail.conflict('这条推荐已经审核过了');
  const campaign = await findCampaign(db, actor.countyId, row.campaignId);
  if (campaign && campaignPhase(campaign, now) === 'results') throw fail.closed('这次评选已经结束');
  if (input.decision !== 'approve' && !input.reason) throw fail.validation('请写明原因', [{ field: 'reason', message: '这一项必须填写' }]);
  const outcome = OUTCOMES[input.decision];
  const won = await updateNomination(
    db,
    row.id,
    row.version,
    { status: outcome.status, reviewNote: input.reason ?? null, reviewedBy: actor.userId, reviewedAt: now, updatedAt: now },
    { type: 'reviewed', actorId: actor.userId, actorRole: reviewerRole(row, viewer), decision: input.decision, note: input.reason ?? null, at: now },
  );
  if (!won) throw fail.conflict('这条推荐刚刚被处理过，请刷新后再看');
  const told = [...new Set([row.nominatedBy, row.consentBy].filter((id): id is string => id !== null))];
  await deliver(
    db,
    actor.countyId,
    told.map((userId) => ({ userId, kind: 'family', title: outcome.title, body: input.reason ? `原因：${input.reason}` : `${row.displayName}将出现在“${row.campaignTitle}”的投票名单中。`, link: NOMINATION_LINK(row.id), sourceKey: `family-nomination:${row.id}:review:${row.version}` })),
    now,
  );
  return toNominationView((await findNomination(db, actor.countyId, row.id))!, viewer);
}
