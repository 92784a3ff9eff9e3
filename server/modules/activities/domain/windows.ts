/**
 * When people may check in and out, and what a scan is worth. Pure rules:
 * the use cases pass the activity's times and the clock.
 */
const MINUTE_MS = 60_000;
/** Check-in opens half an hour early: people arrive early to help set up. */
export const CHECK_IN_EARLY_MS = 30 * MINUTE_MS;
/** Check-out (and the organiser's code) stays open two hours after the end: clearing up runs late. */
export const CHECK_OUT_LATE_MS = 2 * 60 * MINUTE_MS;
export const MAX_DURATION_MS = 24 * 60 * MINUTE_MS;

export interface ActivityTimes {
  startsAt: Date;
  endsAt: Date;
}

export type WindowRefusal = 'too_early' | 'too_late';

export function checkInRefusal(a: ActivityTimes, now: Date): WindowRefusal | null {
  if (now.getTime() < a.startsAt.getTime() - CHECK_IN_EARLY_MS) return 'too_early';
  if (now.getTime() > a.endsAt.getTime()) return 'too_late';
  return null;
}

export function checkOutRefusal(a: ActivityTimes, now: Date): WindowRefusal | null {
  if (now.getTime() < a.startsAt.getTime()) return 'too_early';
  if (now.getTime() > a.endsAt.getTime() + CHECK_OUT_LATE_MS) return 'too_late';
  return null;
}

/** The organiser's code is shown from check-in's opening to check-out's close. */
export function codeRefusal(a: ActivityTimes, now: Date): WindowRefusal | null {
  if (now.getTime() < a.startsAt.getTime() - CHECK_IN_EARLY_MS) return 'too_early';
  if (now.getTime() > a.endsAt.getTime() + CHECK_OUT_LATE_MS) return 'too_late';
  return null;
}

/** Minutes between check-in and check-out that fall inside the activity's own time. */
export function scannedMinutes(a: ActivityTimes, checkedInAt: Date, checkedOutAt: Date): number {
  const from = Math.max(checkedInAt.getTime(), a.startsAt.getTime());
  const to = Math.min(checkedOutAt.getTime(), a.endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / MINUTE_MS));
}

/**
 * Points for certified hours: only minutes that were scanned earn points, at
 * the activity's rate; hours the organiser adds afterwards count as hours
 * (back-filled) but pay nothing.
 */
export function pointsFor(certifiedMinutes: number, scanned: number, pointsPerHour: number): { points: number; backfilled: boolean } {
  const paid = Math.min(certifiedMinutes, scanned);
  return { points: Math.floor((paid * pointsPerHour) / 60), backfilled: certifiedMinutes > scanned };
}
