import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { categoryName } from './domain/categories';
import { countForReview, publicRows, statusesOf, titlesOf } from './repo';
import { REVIEW_QUEUE_STATUSES } from './use-cases/review-queue';

/**
 * What other modules may know of good people: only the public face of those
 * shown now (approved, the nominee having agreed), never the contact, the
 * nominator or the workflow.
 */
export interface PublicGoodPerson {
  goodPersonId: string;
  /** As 身边好人 shows it: the name the nominee agreed to be shown under. */
  name: string;
  category: string;
  categoryName: string;
  titles: { year: number; title: string }[];
}

/** The public ones among `ids` in this county, in the order asked; anyone not shown now is left out. */
export async function publicGoodPeople(db: Kysely<DB>, countyId: string, ids: readonly string[]): Promise<PublicGoodPerson[]> {
  if (ids.length === 0) return [];
  const rows = await publicRows(db, countyId, ids);
  const titles = await titlesOf(db, rows.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      goodPersonId: r.id,
      name: r.nomineeName,
      category: r.category,
      categoryName: categoryName(r.category),
      titles: titles.filter((t) => t.goodPersonId === r.id).map((t) => ({ year: t.year, title: t.title })),
    }];
  });
}

/**
 * Why each of `ids` may not be named in public (as an activity's 讲述人), in
 * words for the organiser; those that may are absent. Someone not yet public
 * is not named: the organiser may not learn who was nominated.
 */
export async function whyNotPublic(db: Kysely<DB>, countyId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await statusesOf(db, countyId, ids);
  const status = new Map(rows.map((r) => [r.id, r.status]));
  const reasons = new Map<string, string>();
  for (const id of ids) {
    const s = status.get(id);
    if (s === 'approved') continue;
    reasons.set(
      id,
      s === undefined
        ? '没有找到这位好人，请从“身边好人”里选择'
        : s === 'withdrawn'
          ? '这位好人已撤下公开展示，不能设为讲述人'
          : '这位好人还没有通过审核公开展示，不能设为讲述人',
    );
  }
  return reasons;
}
export { withdrawOpenGoodPeopleBy } from './repo';

/**
 * 工作台: what the review queue lists for these communities (or the whole
 * county, for the command centre) — nominations waiting for the nominee's
 * consent, which staff may confirm in person, or for review. One query.
 */
export async function goodPeopleToReviewCount(db: Kysely<DB>, countyId: string, scope: { communityIds: readonly string[]; wholeCounty: boolean }): Promise<number> {
  if (!scope.wholeCounty && scope.communityIds.length === 0) return 0;
  return countForReview(db, countyId, scope.wholeCounty ? null : scope.communityIds, REVIEW_QUEUE_STATUSES);
}
