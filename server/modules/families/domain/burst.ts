/**
 * Brushing (刷票) shows as many votes for one family, in a short time, from
 * accounts made just before. Such votes are counted and flagged for the
 * admin with the evidence; the admin decides whether to void them.
 */
export const NEW_ACCOUNT_HOURS = 24;
export const BURST_WINDOW_MINUTES = 10;
export const BURST_THRESHOLD = 5;

const MINUTE_MS = 60_000;

export function isNewAccount(createdAt: Date, votedAt: Date): boolean {
  return votedAt.getTime() - createdAt.getTime() < NEW_ACCOUNT_HOURS * 60 * MINUTE_MS;
}

/** The start of the fixed window a vote falls in: a flag per family per window. */
export function burstWindowStart(at: Date): Date {
  const size = BURST_WINDOW_MINUTES * MINUTE_MS;
  return new Date(Math.floor(at.getTime() / size) * size);
}

/** The minute a vote falls in, for the per-family rate limit. */
export function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
}
