import { rollUp, shownPercent } from '../../../../server/modules/tasks/domain/rollup';
import { beijingWeek, isOverdue, weekStatus } from '../../../../server/modules/tasks/domain/week';

describe('progress rolls up by weight', () => {
  const tree = [
    { id: 'plan', parentId: null, weight: 1, progress: 0 },
    { id: 'year1', parentId: 'plan', weight: 3, progress: 0 },
    { id: 'year2', parentId: 'plan', weight: 1, progress: 0 },
    { id: 'a', parentId: 'year1', weight: 2, progress: 100 },
    { id: 'b', parentId: 'year1', weight: 1, progress: 40 },
  ];

  it('a parent is the weighted mean of its children, all the way up', () => {
    const p = rollUp(tree);
    expect(p.get('year1')).toBe(80); // (2 × 100 + 1 × 40) / 3
    expect(p.get('year2')).toBe(0); // no children, no report of its own
    expect(p.get('plan')).toBe(60); // (3 × 80 + 1 × 0) / 4
  });

  it('a parent’s own figure is ignored once it has children; a leaf keeps its report', () => {
    const p = rollUp(tree.map((n) => (n.id === 'year1' ? { ...n, progress: 5 } : n)));
    expect(p.get('year1')).toBe(80);
    expect(p.get('a')).toBe(100);
  });

  it('reads whole percentages, 100 only when finished', () => {
    expect(shownPercent(99.9)).toBe(99);
    expect(shownPercent(100)).toBe(100);
    expect(shownPercent(42.5)).toBe(42);
  });
});

describe('the Beijing week and where a task stands in it', () => {
  const week = beijingWeek('2026-12-03'); // a Thursday

  it('runs Monday to Sunday', () => {
    expect(week).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(beijingWeek('2026-12-06')).toEqual(week); // Sunday
    expect(beijingWeek('2026-11-30')).toEqual(week); // Monday
  });

  it('done on time that week, late, at risk, or not counted', () => {
    expect(weekStatus({ dueOn: '2026-12-05', progress: 100, doneDay: '2026-12-04' }, week)).toBe('done');
    expect(weekStatus({ dueOn: '2026-12-01', progress: 100, doneDay: '2026-12-04' }, week)).toBe('late');
    expect(weekStatus({ dueOn: '2026-12-02', progress: 60, doneDay: null }, week)).toBe('late');
    expect(weekStatus({ dueOn: '2026-12-10', progress: 60, doneDay: null }, week)).toBe('atRisk');
    expect(weekStatus({ dueOn: '2026-12-10', progress: 90, doneDay: null }, week)).toBeNull();
    expect(weekStatus({ dueOn: '2026-12-20', progress: 0, doneDay: null }, week)).toBeNull();
    expect(weekStatus({ dueOn: '2026-11-20', progress: 100, doneDay: '2026-11-19' }, week)).toBeNull();
  });

  it('a task is overdue the day after its deadline, unless finished', () => {
    expect(isOverdue({ dueOn: '2026-12-05', done: false }, '2026-12-05')).toBe(false);
    expect(isOverdue({ dueOn: '2026-12-05', done: false }, '2026-12-06')).toBe(true);
    expect(isOverdue({ dueOn: '2026-12-05', done: true }, '2026-12-06')).toBe(false);
  });
});
