import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { NominationView } from '../contracts';
import { nominationsForReview } from '../repo';
import { nominationsByIds } from '../rows';
import { viewerFacts } from '../viewer';
import { toNominationView } from '../views';

/** Staff see their communities' nominations once consent is given (never before); the command centre sees all. */
export async function reviewQueue(ctx: UseCaseContext, input: { campaignId: string }): Promise<NominationView[]> {
  const admin = isCountyAdmin(ctx.actor);
  const communities = scopesOf(ctx.actor, 'staff');
  if (!admin && communities.length === 0) throw fail.forbidden('只有社区工作人员可以审核推荐');
  const ids = await nominationsForReview(ctx.db, ctx.actor.countyId, input.campaignId, admin ? null : communities, ['submitted', 'changes_requested', 'approved', 'rejected']);
  const viewer = await viewerFacts(ctx.db, ctx.actor);
  const rows = await nominationsByIds(ctx.db, ctx.actor.countyId, ids.map((r) => r.id));
  return rows.map((r) => toNominationView(r, viewer));
}
