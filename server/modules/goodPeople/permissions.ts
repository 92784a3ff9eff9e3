import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';

/** Staff of the nominator's community review and confirm consent; the command centre anywhere (and for nominators with no home). */
export function mayReview(actor: Actor, gp: { communityId: string | null }): boolean {
  return isCountyAdmin(actor) || (gp.communityId !== null && holdsRoleIn(actor, 'staff', gp.communityId));
}

/** Who sees the nominee's contact and the workflow: the nominator and the reviewers. */
export function seesPrivate(actor: Actor, gp: { nominatedBy: string; communityId: string | null }): boolean {
  return gp.nominatedBy === actor.userId || mayReview(actor, gp);
}
