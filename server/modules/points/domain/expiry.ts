/**
 * Points expire N years after they were earned, oldest first: whatever left
 * the account (spent, given, expired before; less refunds) is taken from the
 * oldest points, so what expires at a cut-off is what was earned before it and
 * has not left yet. Spending never touches recorded hours (they are not here).
 */
export function dueToExpire(f: { earnedBefore: number; consumed: number }): number {
  return Math.max(0, f.earnedBefore - f.consumed);
}

/** Points that will expire before the notice's cut-off (a month ahead), once today's expiry has been taken. */
export function expiringSoon(f: { earnedBeforeNotice: number; consumed: number }, expiredNow: number): number {
  return Math.max(0, f.earnedBeforeNotice - f.consumed - expiredNow);
}

export const NOTICE_DAYS = 30;

/**
 * Transfers that earn points although they do not come from the county's
 * pool: mutual help paid to the helper out of escrow is pay for work done
 * now, so it lasts the policy's years from the payment. Any other transfer
 * into a person's account from elsewhere than the pool gives back points it
 * took (a refund from the mall or from escrow) and counts against what left.
 */
export const EARNING_KINDS = ['help_pay'] as const;

/** Whether points reaching a person count as newly earned (true) or as points given back (false). */
export function countsAsEarned(t: { fromPool: boolean; kind: string }): boolean {
  return t.fromPool || (EARNING_KINDS as readonly string[]).includes(t.kind);
}
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;
