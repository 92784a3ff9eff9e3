import type { Clock } from '../../server/core/clock';

/** A clock the test moves by hand: deadlines, windows and 30-second codes without waiting. */
export function movableClock(start: string) {
  let at = new Date(start);
  const clock: Clock = { now: () => new Date(at.getTime()) };
  return {
    clock,
    set: (iso: string) => (at = new Date(iso)),
    advanceHours: (h: number) => (at = new Date(at.getTime() + h * 3_600_000)),
    advanceSeconds: (s: number) => (at = new Date(at.getTime() + s * 1000)),
  };
}
