import { AT_RISK_BELOW, AT_RISK_DAYS } from '../contracts';

const DAY_MS = 24 * 3_600_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Beijing week (Monday to Sunday) that holds a Beijing day. */
export function beijingWeek(day: string): { start: string; end: string } {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const start = addDays(day, -((weekday + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** The instant a Beijing week is over: the next Monday's 00:00 in Beijing (Sunday 23:59:59.999 is the week's last moment). */
export function weekEndsAt(week: { end: string }): Date {
  return new Date(Date.parse(`${addDays(week.end, 1)}T00:00:00+08:00`));
}

export type WeekStatus = 'done' | 'late' | 'atRisk';

/**
 * Where a person's task stands in a week's report:
 * - done: finished within the week, by its deadline;
 * - late: its deadline passed by the week's end without it finished (or it was finished this week, after the deadline);
 * - at risk: unfinished, due within 7 days after the week, below 80%.
 * Anything else (finished earlier, far from due) is not counted that week.
 */
export function weekStatus(task: { dueOn: string; progress: number; doneDay: string | null }, week: { start: string; end: string }): WeekStatus | null {
  const { dueOn, doneDay } = task;
  const doneInWeek = doneDay !== null && doneDay >= week.start && doneDay <= week.end;
  if (doneInWeek) return doneDay! <= dueOn ? 'done' : 'late';
  const openAtEnd = doneDay === null || doneDay > week.end;
  if (!openAtEnd) return null;
  if (dueOn <= week.end) return 'late';
  if (dueOn <= addDays(week.end, AT_RISK_DAYS) && task.progress < AT_RISK_BELOW) return 'atRisk';
  return null;
}

/** A person's task is overdue once its Beijing deadline day has passed unfinished. */
export function isOverdue(task: { dueOn: string; done: boolean }, today: string): boolean {
  return !task.done && task.dueOn < today;
}
