/**
 * Leaderboard periods over Beijing calendar days (YYYY-MM-DD strings, as
 * volunteer_hours.served_on stores them): the week runs Monday to Sunday.
 */
export type Period = 'week' | 'month';

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first and last day of the period that contains `today` (a Beijing day). */
export function periodBounds(period: Period, today: string): { from: string; to: string } {
  const t = parseDay(today);
  const date = new Date(t);
  if (period === 'week') {
    const sinceMonday = (date.getUTCDay() + 6) % 7;
    const monday = t - sinceMonday * DAY_MS;
    return { from: formatDay(monday), to: formatDay(monday + 6 * DAY_MS) };
  }
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
  return { from: formatDay(first), to: formatDay(last) };
}

/** YYYY-MM of a served-on day. */
export const monthOf = (day: string): string => day.slice(0, 7);
