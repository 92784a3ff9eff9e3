import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { listBuildingIds } from '../places/facade';

/** The buildings whose matters these people see: a captain's own, and every building of a staff member's communities (places knows which). */
export async function buildingsInScope(db: Kysely<DB>, countyId: string, scope: { buildingIds: readonly string[]; communityIds: readonly string[] }): Promise<string[]> {
  const ofCommunities = scope.communityIds.length ? await listBuildingIds(db, countyId, [...scope.communityIds]) : [];
  return [...new Set([...scope.buildingIds, ...ofCommunities])];
}
