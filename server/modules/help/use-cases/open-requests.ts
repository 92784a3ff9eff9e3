import type { UseCaseContext } from '../../../core/action';
import type { HelpRequestView } from '../contracts';
import { distanceMetres } from '../../../core/geo';
import { openRequests } from '../repo';
import { requestView } from '../views';

const LIMIT = 100;

/** 互助大厅: requests waiting for a helper; nearest first when the volunteer says where they are (those without a map point last), else newest first. */
export async function listOpenRequests(ctx: UseCaseContext, input: { near?: { latitude: number; longitude: number } }): Promise<HelpRequestView[]> {
  const rows = await openRequests(ctx.db, ctx.actor.countyId, LIMIT);
  const near = input.near;
  const views = rows.map((r) => requestView(r, ctx.actor, near && r.latitude !== null && r.longitude !== null ? Math.round(distanceMetres({ lat: near.latitude, lng: near.longitude }, { lat: r.latitude, lng: r.longitude })) : null));
  if (!near) return views;
  return views.sort((a, b) => (a.distance ?? Number.MAX_SAFE_INTEGER) - (b.distance ?? Number.MAX_SAFE_INTEGER));
}
