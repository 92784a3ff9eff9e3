import { Actor, holdsRoleIn, isCountyAdmin } from '../../core/actor';

/** Staff of the nominator's community review and confirm consent; the command centre anywhere (and for nominators with no home). */
export function mayReview(actor: Actor, gp: { communityId: string | null }): boolean {
  return isCountyAdmin(actor) || (gp.communityId !== null && holdsRoleIn(actor, 'staff', gp.communityId));
}

/** Who sees the nominee's contact and the workflow: the nominator and the reviewers. */
export function seesPrivate(actor: Actor, gp: { nominatedBy: string; communityId: string | null }): boolean {
  return gp.nominatedBy === actor.userId || mayReview(actor, gp);
}

/** Who may take a public good person down again: whoever gave the agreement with the code (the nominee, or a child's guardian), or the reviewers on the nominee's behalf. */
export function mayWithdraw(actor: Actor, gp: { consentBy: string | null; consentVia: string | null; communityId: string | null }): boolean {
  return (gp.consentVia === 'nominee' && gp.consentBy === actor.userId) || mayReview(actor, gp);
}

/** Whoever answered the code (the nominee, or a child's guardian) — agreeing or declining. */
export function answeredCode(actor: Actor, gp: { consentBy: string | null; consentVia: string | null }): boolean {
  return gp.consentVia === 'nominee' && gp.consentBy === actor.userId;
}

/** Who knows the nomination is there: everyone once it is shown; otherwise the nominator, the reviewers and whoever answered its code. */
export function knowsOf(actor: Actor, gp: { status: string; nominatedBy: string; communityId: string | null; consentBy: string | null; consentVia: string | null }): boolean {
  return gp.status === 'approved' || seesPrivate(actor, gp) || answeredCode(actor, gp);
}

/** 推荐经过: the reviewers (while they may review), the nominator, and the nominee who agreed with the code; never the public. */
export function mayReadHistory(actor: Actor, gp: { status: string; nominatedBy: string; communityId: string | null; consentBy: string | null; consentVia: string | null }): boolean {
  return seesPrivate(actor, gp) || (answeredCode(actor, gp) && gp.status !== 'declined');
}

/** The agreement may be taken back while it is under review or shown. */
export const WITHDRAWABLE: readonly string[] = ['submitted', 'changes_requested', 'approved'];
