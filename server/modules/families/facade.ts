import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { countNominationsForReview, countOpenFlags } from './repo';

/** What other modules may ask of families. */
export { familyRecordOf, withdrawOpenNominationsBy } from './repo';

/**
 * 工作台: the nominations the review queue lists as waiting for a decision
 * (提交审核, consent given) in these communities — or the whole county for
 * the command centre — across the campaigns whose results are not out yet.
 * One query.
 */
export async function nominationsToReviewCount(db: Kysely<DB>, countyId: string, scope: { communityIds: readonly string[]; wholeCounty: boolean }): Promise<number> {
  if (!scope.wholeCounty && scope.communityIds.length === 0) return 0;
  return countNominationsForReview(db, countyId, scope.wholeCounty ? null : scope.communityIds, ['submitted']);
}

/**
 * 工作台 for the command centre: the 疑似刷票 flags still to decide — some of
 * their votes not voided yet (what the flags page offers to void), in
 * campaigns whose results are not out. One query.
 */
export function openFlagCount(db: Kysely<DB>, countyId: string): Promise<number> {
  return countOpenFlags(db, countyId);
}

/** 首页's to-do: nominations of the caller's household waiting for their consent (or that they may withdraw). */
export { consentRequests } from './use-cases/my-nominations';
