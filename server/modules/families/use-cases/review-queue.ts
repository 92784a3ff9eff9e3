import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { NominationView } from '../contracts';
import { findNomination, NominationRow, nominationsForReview } from '../repo';
import { viewerFacts } from '../viewer';
import { toNominationView } from '../views';

/** Staff see their communities' nominations once consent is given (never before); the command centre sees all. */
export async function reviewQueue(ctx: UseCaseContext, input: { campaignId: string }): Promise<NominationView[]> {
  const admin = isCountyAdmin(ctx.actor);
  const communities = scopesOf(ctx.actor, 'staff');
  if (!admin && communities.length === 0) throw fail.forbidden('只有社区工作人员可以审核推荐');
  const ids = await nominationsForReview(ctx.db, ctx.actor.countyId, input.campaignId, admin ? null : communities, ['submitted', 'changes_requested', 'approved', 'rejected']);
  const viewer = await viewerFacts(ctx.db, ctx.actor);
  const rows = await Promise.all(ids.map((r) => findNomination(ctx.db, ctx.actor.countyId, r.id)));
  return rows.filter((r): r is NominationRow => r !== undefined).map((r) => toNominationView(r, viewer));
}
