import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every "per day" rule uses the Beijing day, whatever the server's zone. */
export const CAMPAIGN_TZ = 'Asia/Shanghai';

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
  return dayjs(at).tz(CAMPAIGN_TZ).format('YYYY-MM-DD');
}

/** Day N of a campaign that started on `startDay` (a Beijing date); the start day is day 1. */
export function campaignDayNumber(startDay: string, at: Date): number {
  const start = dayjs.tz(startDay, CAMPAIGN_TZ).startOf('day');
  const today = dayjs.tz(beijingDay(at), CAMPAIGN_TZ).startOf('day');
  return Math.max(0, today.diff(start, 'day') + 1);
}

/** Times leave the API as ISO strings; the client shows them in Beijing time. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
