import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { listCommunities } from '../../places/facade';
import type { AssessmentMonth, AssessmentRow } from '../contracts';
import { ASSESSMENT_PARTS, type AssessmentPart } from '../domain/parts';
import { combine, monthOf, rankByTotal, type Weights } from '../domain/scoring';
import { findMonth, scoresOf } from '../repo';
import { ASSESSMENT_SOURCES } from '../sources';
import { currentWeights, weightList } from './manage-weights';

/** A month is assessed once it has begun (the current month from its first day; never a future one). */
export function assertAssessable(month: string, now: Date): void {
  if (month > monthOf(now)) throw fail.validation('这个月还没到，不能考核', [{ field: 'month', message: '这个月还没到' }]);
}

/** Every community of the county scored from each part's source for the month, with these weights, ranked. */
export async function computeRows(ctx: Pick<UseCaseContext, 'db' | 'actor' | 'now'>, month: string, weights: Weights): Promise<AssessmentRow[]> {
  const { db, actor, now } = ctx;
  const communities = await listCommunities(db, actor.countyId);
  const bySource = new Map<AssessmentPart, Awaited<ReturnType<(typeof ASSESSMENT_SOURCES)[number]['scores']>>>();
  for (const source of ASSESSMENT_SOURCES) bySource.set(source.part, await source.scores({ db, countyId: actor.countyId, month, now }));
  const rows = communities.map((c) => {
    const combined = combine(
      ASSESSMENT_PARTS.map((part) => {
        const found = bySource.get(part)?.get(c.id);
        return { part, score: found?.score ?? null, basis: found?.basis ?? '本月没有数据' };
      }),
      weights,
    );
    return { communityId: c.id, communityName: c.name, name: c.name, areaName: c.areaName, total: combined.total, parts: combined.parts };
  });
  return rankByTotal(rows).map(({ name: _name, ...row }) => row);
}

/** The frozen month as published, or null. */
export async function publishedMonth(ctx: Pick<UseCaseContext, 'db' | 'actor'>, month: string): Promise<AssessmentMonth | null> {
  const { db, actor } = ctx;
  const head = await findMonth(db, actor.countyId, month);
  if (!head) return null;
  const rows = await scoresOf(db, actor.countyId, month);
  return {
    month,
    status: 'published',
    publishedAt: iso(head.publishedAt),
    // a part added after the month was published (e.g. task completion) was not in it
    weights: weightList(head.weights as Weights).filter((w) => typeof w.weight === 'number'),
    rows: rows.map((r) => ({ communityId: r.communityId, communityName: r.communityName, areaName: r.areaName, rank: r.rank, total: r.total, parts: r.parts as AssessmentRow['parts'] })),
  };
}

/** The command centre's month: frozen once published, else computed from today's data with today's weights (a draft only it sees). */
export async function previewMonth(ctx: UseCaseContext, input: { month: string }): Promise<AssessmentMonth> {
  assertAssessable(input.month, ctx.now);
  const published = await publishedMonth(ctx, input.month);
  if (published) return published;
  const { weights } = await currentWeights(ctx.db, ctx.actor.countyId);
  return { month: input.month, status: 'draft', publishedAt: null, weights: weightList(weights), rows: await computeRows(ctx, input.month, weights) };
}
