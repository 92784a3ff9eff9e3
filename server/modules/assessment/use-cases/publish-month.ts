import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { postsInCounty } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import type { AssessmentMonth } from '../contracts';
import { publishedNotice } from '../notices';
import { insertMonth, insertScores } from '../repo';
import { assertAssessable, computeRows, publishedMonth } from './compute-month';
import { currentWeights } from './manage-weights';

/**
 * 发布: the command centre publishes a month's ranking as computed now, with
 * today's weights. The figures are frozen (assessment_scores): later data never
 * changes a published month. Publishing twice is refused; a month without any
 * data is not published. Every ranked community's staff hear their place.
 */
export async function publishMonth(ctx: UseCaseContext, input: { month: string }): Promise<AssessmentMonth> {
  const { db, actor, now } = ctx;
  assertAssessable(input.month, now);
  const { weights } = await currentWeights(db, actor.countyId);
  const rows = await computeRows(ctx, input.month, weights);
  if (!rows.some((r) => r.total !== null)) throw fail.conflict('这个月还没有任何考核数据，不能发布');
  if (!(await insertMonth(db, { countyId: actor.countyId, month: input.month, weights, publishedBy: actor.userId, publishedAt: now }))) {
    throw fail.conflict('这个月的排名已经发布过了');
  }
  await insertScores(db, actor.countyId, input.month, rows);
  await recordAudit(db, actor, { role: 'admin', action: 'assessment.publish', subjectType: 'assessment_month', subjectId: actor.countyId, data: { month: input.month, communities: rows.length }, at: now });

  const byCommunity = new Map(rows.map((r) => [r.communityId, r]));
  const ranked = rows.filter((r) => r.rank !== null).length;
  const staff = await postsInCounty(db, actor.countyId, ['staff'], [...byCommunity.keys()]);
  const told = new Set<string>();
  const notices = [];
  for (const post of staff) {
    const row = byCommunity.get(post.scopeId);
    if (!row || told.has(post.userId)) continue;
    told.add(post.userId);
    notices.push(publishedNotice(input.month, post.userId, row, ranked));
  }
  await deliver(db, actor.countyId, notices, now);
  return (await publishedMonth(ctx, input.month))!;
}
