import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { NearbyReport } from '../contracts';
import { OPEN_STATUSES, STATUS_LABELS } from '../domain/case-states';
import { boundingBox, NEARBY_RADIUS_M, withinRadius } from '../../../core/geo';
import { reportsInBox } from '../repo';

const EXCERPT = 60;

/**
 * Open reports of the same category within 50 m, nearest first, so a resident
 * can add "me too" instead of filing a duplicate. The box query uses the index;
 * the haversine refine drops the box's corners. Never names the reporter.
 */
export async function nearbyReports(
  { db, actor }: UseCaseContext,
  input: { categoryId: string; latitude: number; longitude: number },
): Promise<NearbyReport[]> {
  const center = { lat: input.latitude, lng: input.longitude };
  const rows = await reportsInBox(db, actor.countyId, input.categoryId, OPEN_STATUSES, boundingBox(center, NEARBY_RADIUS_M));
  const near = withinRadius(
    center,
    NEARBY_RADIUS_M,
    rows.map((r) => ({ ...r, lat: r.latitude, lng: r.longitude })),
  );
  return near.map((r) => ({
    id: r.id,
    category: r.category,
    address: r.address,
    description: Array.from(r.description).slice(0, EXCERPT).join(''),
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    submittedAt: iso(r.submittedAt),
    followers: r.followers,
    distance: Math.round(r.distanceM),
  }));
}
