import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { StationItem } from '../contracts';
import { deleteStation, findCommunity, insertStation, listStations } from '../repo';
import { assertPlacesAdmin } from '../sheet-source';

/** The county's 新时代文明实践 centre, institutes and stations, where volunteers gather and activities meet. */
export function stations(ctx: UseCaseContext): Promise<StationItem[]> {
  return listStations(ctx.db, ctx.actor.countyId);
}

interface StationInput {
  name: string;
  kind: 'centre' | 'institute' | 'station';
  communityId?: string;
  address?: string;
  latitude: number;
  longitude: number;
}

export async function addStation(ctx: UseCaseContext, input: StationInput): Promise<StationItem> {
  assertPlacesAdmin(ctx);
  let communityName: string | null = null;
  if (input.communityId) {
    const c = await findCommunity(ctx.db, ctx.actor.countyId, input.communityId);
    if (!c) throw fail.validation('请重新选择所在社区（村）', [{ field: 'communityId', message: '没有这个社区（村）' }]);
    communityName = c.name;
  }
  const station = {
    id: newId(),
    countyId: ctx.actor.countyId,
    name: input.name,
    kind: input.kind,
    communityId: input.communityId ?? null,
    address: input.address ?? '',
    latitude: input.latitude,
    longitude: input.longitude,
    createdAt: ctx.now,
  };
  if (!(await insertStation(ctx.db, station))) throw fail.conflict(`已经有“${input.name}”了`);
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'places.addStation', subjectType: 'station', subjectId: station.id, data: { name: input.name, kind: input.kind }, at: ctx.now });
  return { id: station.id, name: station.name, kind: station.kind, address: station.address, latitude: station.latitude, longitude: station.longitude, communityId: station.communityId, communityName };
}

export async function removeStation(ctx: UseCaseContext, input: { stationId: string }): Promise<{ ok: true }> {
  assertPlacesAdmin(ctx);
  const gone = await deleteStation(ctx.db, ctx.actor.countyId, input.stationId);
  if (!gone) throw fail.notFound('没有这个实践站');
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'places.removeStation', subjectType: 'station', subjectId: gone.id, data: { name: gone.name }, at: ctx.now });
  return { ok: true };
}
