import { Actor, hasRole, holdsRoleIn, isCountyAdmin, scopesOf } from '../../core/actor';
import type { Caller } from './domain/rules';

/** Staff of this community (or the county's command centre) act for its named people and decide its disputes. */
export function servesCommunity(actor: Actor, communityId: string): boolean {
  return isCountyAdmin(actor) || holdsRoleIn(actor, 'staff', communityId);
}

/** The communities whose disputes the caller decides: every one of the county for its admin. */
export function communitiesServed(actor: Actor): 'all' | string[] {
  return isCountyAdmin(actor) ? 'all' : scopesOf(actor, 'staff');
}

export function callerFor(actor: Actor, communityId: string): Caller {
  return { userId: actor.userId, staffHere: servesCommunity(actor, communityId), volunteer: hasRole(actor, 'volunteer') && !actor.isMinor };
}

/** In which capacity, for the audit trail. */
export function staffRole(actor: Actor, communityId: string): 'staff' | 'admin' {
  return holdsRoleIn(actor, 'staff', communityId) ? 'staff' : 'admin';
}
