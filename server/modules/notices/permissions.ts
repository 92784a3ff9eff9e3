import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';

/** A building's captain, its community's staff, or the command centre. */
export function managesBuilding(actor: Actor, b: { buildingId: string; communityId: string }): boolean {
  return holdsRoleIn(actor, 'captain', b.buildingId) || holdsRoleIn(actor, 'staff', b.communityId) || isCountyAdmin(actor);
}

export function noticeRole(actor: Actor, b: { buildingId: string; communityId: string }): 'captain' | 'staff' | 'admin' {
  if (holdsRoleIn(actor, 'captain', b.buildingId)) return 'captain';
  if (holdsRoleIn(actor, 'staff', b.communityId)) return 'staff';
  return 'admin';
}
