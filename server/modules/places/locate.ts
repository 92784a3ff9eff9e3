import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { contains, type Boundary } from './domain/geo';
import { communitiesBoxing, nearestCommunity } from './repo';

/** Past this, the nearest community centre is not where the point is (a report from another town). */
export const NEAREST_LIMIT_METRES = 20_000;

export interface Located {
  communityId: string;
  areaId: string;
  /** inside the community's boundary, or nearest to its map point */
  by: 'boundary' | 'nearest';
}

/**
 * The community a point is in: the one whose boundary contains it, else the
 * one whose map point is nearest (within 20 km), else none (the county has
 * placed none of its communities yet, or the point is far outside it).
 */
export async function locatePoint(db: Kysely<DB>, countyId: string, latitude: number, longitude: number): Promise<Located | undefined> {
  for (const c of await communitiesBoxing(db, countyId, latitude, longitude)) {
    if (contains(c.boundary as Boundary, latitude, longitude)) return { communityId: c.id, areaId: c.areaId, by: 'boundary' };
  }
  const nearest = await nearestCommunity(db, countyId, latitude, longitude);
  if (nearest && nearest.metres <= NEAREST_LIMIT_METRES) return { communityId: nearest.id, areaId: nearest.areaId, by: 'nearest' };
  return undefined;
}
