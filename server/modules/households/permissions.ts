import { Actor, scopesOf } from '../../core/actor';

/** A captain decides for their buildings, community staff for their community; nobody for themselves. */
export function canDecideBinding(
  actor: Actor,
  request: { userId: string; buildingId: string; communityId: string },
): boolean {
  if (request.userId === actor.userId) return false;
  return scopesOf(actor, 'captain').includes(request.buildingId) || scopesOf(actor, 'staff').includes(request.communityId);
}

export function reviewScopes(actor: Actor) {
  return { buildingIds: scopesOf(actor, 'captain'), communityIds: scopesOf(actor, 'staff') };
}
