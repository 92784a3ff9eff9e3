import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { CaseSummary } from '../contracts';
import { toSummary } from '../case-views';
import { STAFF_FILTERS } from '../domain/case-states';
import { REFUSALS } from '../permissions';
import { casesForReview } from '../rows';

/** 案件受理: staff see their communities' cases; the command centre sees the county's. Waiting cases oldest first. */
export async function staffQueue(ctx: UseCaseContext, input: { filter: 'waiting' | 'assigned' | 'done' }): Promise<CaseSummary[]> {
  const admin = isCountyAdmin(ctx.actor);
  const communities = scopesOf(ctx.actor, 'staff');
  if (!admin && communities.length === 0) throw fail.forbidden(REFUSALS.review);
  const rows = await casesForReview(ctx.db, ctx.actor.countyId, admin ? null : communities, STAFF_FILTERS[input.filter], input.filter === 'waiting');
  return rows.map((r) => toSummary(r, ctx.now));
}
