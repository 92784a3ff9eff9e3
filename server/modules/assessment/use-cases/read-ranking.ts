import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { RankingPage } from '../contracts';
import { publishedMonths } from '../repo';
import { publishedMonth } from './compute-month';

/**
 * The published ranking, for everyone of the county (their own county only: the
 * actor's). A month not published is not found — the draft is the command
 * centre's (preview) alone.
 */
export async function readRanking(ctx: UseCaseContext, input: { month?: string }): Promise<RankingPage> {
  const months = await publishedMonths(ctx.db, ctx.actor.countyId);
  const month = input.month ?? months[0];
  if (!month) return { months, ranking: null };
  const ranking = months.includes(month) ? await publishedMonth(ctx, month) : null;
  if (!ranking) throw fail.notFound('这个月的考核排名还没有发布');
  return { months, ranking };
}
