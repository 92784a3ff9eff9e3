import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin, scopesOf } from '../../../core/actor';
import { fail } from '../../../core/errors';
import type { GoodPersonView } from '../contracts';
import { forReview } from '../repo';
import { toView } from '../views';

/** What the queue lists: waiting for consent (staff may confirm it in person) or for review. */
export const REVIEW_QUEUE_STATUSES = ['awaiting_consent', 'submitted'] as const;

/** Waiting for consent (to confirm in person) or for review, oldest first. */
export async function reviewQueue({ db, actor }: UseCaseContext): Promise<GoodPersonView[]> {
  const admin = isCountyAdmin(actor);
  const communities = scopesOf(actor, 'staff');
  if (!admin && communities.length === 0) throw fail.forbidden('只有社区工作人员可以审核推荐');
  const rows = await forReview(db, actor.countyId, admin ? null : communities, REVIEW_QUEUE_STATUSES);
  return Promise.all(rows.map((r) => toView(db, actor, r)));
}
