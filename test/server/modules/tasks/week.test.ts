import { beijingWeek, weekEndsAt } from '../../../../server/modules/tasks/domain/week';

describe('a Beijing week', () => {
  it('runs Monday to Sunday and is over at the next Monday’s midnight in Beijing (16:00 UTC on the Sunday)', () => {
    const week = beijingWeek('2026-12-03');
    expect(week).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(weekEndsAt(week).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
});
