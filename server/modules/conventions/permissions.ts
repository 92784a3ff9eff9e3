import { Actor, isCountyAdmin, scopesOf } from '../../core/actor';
import type { ConventionKind } from './contracts';

/** The county's texts are the command centre's; a residents' convention belongs to its community's staff. */
export function canPublish(actor: Actor, convention: { kind: ConventionKind; communityId: string | null }): boolean {
  const scopes = publishScopes(actor);
  if (convention.kind === 'residents') return !!convention.communityId && scopes.communityIds.includes(convention.communityId);
  return scopes.county;
}

/** Anyone may sign the county's convention; a residents' convention is for residents of that community. */
export function signRefusal(
  convention: { kind: ConventionKind; communityId: string | null },
  homeCommunityId: string | null,
): string | null {
  if (convention.kind === 'shop') return '门前六包承诺请在"门前六包"页面为商户签署';
  if (convention.kind === 'responsibility') return '目标责任书由责任单位负责人在"任务与责任书"页面为本单位签署';
  if (convention.kind === 'residents' && convention.communityId !== homeCommunityId) {
    return '居民公约只能由本社区居民签署，请先绑定您在本社区的住户';
  }
  return null;
}

/** Where the caller may publish: the county's texts (admin) and their communities' residents' conventions (staff). */
export function publishScopes(actor: Actor): { county: boolean; communityIds: string[] } {
  return { county: isCountyAdmin(actor), communityIds: scopesOf(actor, 'staff') };
}
