import { Actor, hasRole, holdsRoleIn, isCountyAdmin, scopesOf } from '../../core/actor';
import type { AudienceType } from './contracts';

/** A questionnaire's audience with the community it lies in (null for the county). */
export interface Audience {
  type: AudienceType;
  id: string;
  communityId: string | null;
  /** 小手拉大手: for children only; any other is for grown-ups only. */
  forChildren: boolean;
}

/** Staff and the command centre build questionnaires; nobody else. */
export function mayCreateAny(actor: Actor): boolean {
  return isCountyAdmin(actor) || hasRole(actor, 'staff');
}

/** The admin sends to the county or anywhere in it; staff to their community or a building in it. */
export function mayCreateFor(actor: Actor, audience: Audience): boolean {
  if (isCountyAdmin(actor)) return true;
  return audience.communityId !== null && holdsRoleIn(actor, 'staff', audience.communityId);
}

/**
 * Who sees results and exports: the admin; staff of the community the
 * questionnaire went to (or whose building it went to); and, for a county-wide
 * one, every community's staff — they hand it out and report on it weekly.
 */
export function mayManage(actor: Actor, audience: Audience): boolean {
  if (isCountyAdmin(actor)) return true;
  if (audience.type === 'county') return hasRole(actor, 'staff');
  return audience.communityId !== null && holdsRoleIn(actor, 'staff', audience.communityId);
}

/**
 * Names on a named questionnaire's answers: only its creator's scope (the
 * admin; staff of its community) — never on an anonymous one, and never to
 * another community's staff reading a county-wide one.
 */
export function seesNames(actor: Actor, audience: Audience, anonymous: boolean): boolean {
  if (anonymous) return false;
  if (isCountyAdmin(actor)) return true;
  return audience.communityId !== null && holdsRoleIn(actor, 'staff', audience.communityId);
}

/** The communities a staff member looks after. */
export function staffCommunities(actor: Actor): string[] {
  return scopesOf(actor, 'staff');
}

/**
 * The home a person lives in now decides what they may answer; county-wide
 * ones are for everyone of the county, homeless or not. A children's
 * questionnaire (小手拉大手) is for minors only — the child acting, on their own
 * WeChat or in child mode — and every other one for grown-ups only.
 */
export function inAudience(actor: Actor, audience: Audience, home: { communityId: string; buildingId: string } | null): boolean {
  if (actor.isMinor !== audience.forChildren) return false;
  if (audience.type === 'county') return true;
  if (!home) return false;
  return audience.type === 'community' ? home.communityId === audience.id : home.buildingId === audience.id;
}
