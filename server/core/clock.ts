/** Every "per day" rule uses the Beijing day, whatever the server's zone. */
export const CAMPAIGN_TZ = 'Asia/Shanghai';

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so the
 * Beijing day is plain arithmetic: a time-zone library's Intl lookup cost ~10%
 * of the server's CPU on every 首页 load.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const date = typeof at === 'string' ? new Date(at) : at;
  return { now: () => new Date(date.getTime()) };
}

/** YYYY-MM-DD of the Beijing day that contains `at`. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:mm" in Beijing time (a subscribe message's time field). */
export function beijingMinute(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Day N of a campaign that started on `startDay` (a Beijing date); the start day is day 1. */
export function campaignDayNumber(startDay: string, at: Date): number {
  const days = Math.round((Date.parse(beijingDay(at)) - Date.parse(startDay.slice(0, 10))) / DAY_MS);
  return Math.max(0, days + 1);
}

/** Times leave the API as ISO strings; the client shows them in Beijing time. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
