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
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;
