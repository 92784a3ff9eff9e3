import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { UNSETTLED_STATUSES } from './domain/matter';
import { countMattersInScope } from './repo';
import { buildingsInScope } from './scope';

/** What other modules may ask of 楼栋事务. */

/**
 * 工作台: the matters of these buildings (a captain's) and of every building
 * of these communities (staff) that 楼栋事务 lists as still needing them —
 * open or answered, neither resolved nor turned into a 随手拍. One query (and
 * one of places for the communities' buildings).
 */
export async function openMatterCount(db: Kysely<DB>, countyId: string, scope: { buildingIds: readonly string[]; communityIds: readonly string[] }): Promise<number> {
  if (scope.buildingIds.length === 0 && scope.communityIds.length === 0) return 0;
  return countMattersInScope(db, countyId, await buildingsInScope(db, countyId, scope), UNSETTLED_STATUSES);
}
