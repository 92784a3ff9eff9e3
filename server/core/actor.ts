/** Who is calling, resolved on the server from the platform identity, never from the request. */
export const ROLES = ['resident', 'minor', 'captain', 'volunteer', 'team_lead', 'staff', 'handler', 'admin', 'inspector', 'station', 'area_lead'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_TYPES = ['county', 'community', 'building', 'team', 'department', 'station', 'area'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export interface RoleGrant {
  role: Role;
  scopeType: ScopeType;
  scopeId: string;
}

export interface Actor {
  userId: string;
  countyId: string;
  name: string;
  isMinor: boolean;
  /** When the account was made: votes from brand-new accounts are watched for brushing. */
  accountCreatedAt: Date;
  roles: RoleGrant[];
  /** Child mode: a child acting on this guardian's phone (the guardian's WeChat made the call). */
  via?: { guardianId: string };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((g) => g.role === role);
}

/** The ids of the scopes in which the actor holds `role` (e.g. the buildings a captain owns). */
export function scopesOf(actor: Actor, role: Role): string[] {
  return actor.roles.filter((g) => g.role === role).map((g) => g.scopeId);
}

export function holdsRoleIn(actor: Actor, role: Role, scopeId: string): boolean {
  return actor.roles.some((g) => g.role === role && g.scopeId === scopeId);
}

export function isCountyAdmin(actor: Actor): boolean {
  return actor.roles.some((g) => g.role === 'admin' && g.scopeType === 'county' && g.scopeId === actor.countyId);
}
