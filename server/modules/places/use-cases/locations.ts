import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { CommunityLocation, CommunityMap } from '../contracts';
import { boxOf, middleOf, polygonsOf, ringFromTaps, type Boundary } from '../domain/geo';
import { communityBoundary, communityLocations, setCommunityBoundary, setCommunityPoint } from '../repo';
import { assertPlacesAdmin } from '../sheet-source';

const NO_COMMUNITY = '没有这个社区（村）';

/** Every community and village, with whether 随手拍 can find it by place yet. */
export async function locations(ctx: UseCaseContext): Promise<CommunityLocation[]> {
  assertPlacesAdmin(ctx);
  return communityLocations(ctx.db, ctx.actor.countyId);
}

/** One community's point and outline, for the map. */
export async function community(ctx: UseCaseContext, input: { communityId: string }): Promise<CommunityMap> {
  assertPlacesAdmin(ctx);
  const row = await communityBoundary(ctx.db, ctx.actor.countyId, input.communityId);
  if (!row) throw fail.notFound(NO_COMMUNITY);
  const outlines = row.boundary ? polygonsOf(row.boundary as Boundary).map(([outer]) => outer.slice(0, -1).map(([lng, lat]) => ({ latitude: lat, longitude: lng }))) : [];
  return { id: row.id, name: row.name, latitude: row.latitude, longitude: row.longitude, outlines };
}

/** The community's centre on the map: where a report nearest to it goes when no boundary holds the report. */
export async function setPoint(ctx: UseCaseContext, input: { communityId: string; latitude: number; longitude: number }): Promise<{ ok: true }> {
  assertPlacesAdmin(ctx);
  const point = { latitude: input.latitude, longitude: input.longitude };
  if (!(await setCommunityPoint(ctx.db, ctx.actor.countyId, input.communityId, point))) throw fail.notFound(NO_COMMUNITY);
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'places.setCommunityPoint', subjectType: 'community', subjectId: input.communityId, data: point, at: ctx.now });
  return { ok: true };
}

/** The outline tapped on the map (closed here), or none. */
export async function setBoundary(ctx: UseCaseContext, input: { communityId: string; points: { latitude: number; longitude: number }[] | null }): Promise<{ ok: true }> {
  assertPlacesAdmin(ctx);
  const boundary = input.points ? ringFromTaps(input.points) : null;
  const written = await setCommunityBoundary(ctx.db, ctx.actor.countyId, input.communityId, boundary ? { geometry: boundary, box: boxOf(boundary), middle: middleOf(boundary) } : null);
  if (!written) throw fail.notFound(NO_COMMUNITY);
  await recordAudit(ctx.db, ctx.actor, {
    role: 'admin',
    action: 'places.setCommunityBoundary',
    subjectType: 'community',
    subjectId: input.communityId,
    data: { points: input.points?.length ?? 0 },
    at: ctx.now,
  });
  return { ok: true };
}
