import { rollUp, shownPercent } from '../../../../server/modules/tasks/domain/rollup';
import { currentPlan, planStanding, type StandingNode } from '../../../../server/modules/tasks/domain/standing';

// Thursday 2026-12-03: the Beijing week runs Monday 11-30 to Sunday 12-06.
const TODAY = '2026-12-03';
const EAST = 'east';
const WEST = 'west';
const at = (day: string) => new Date(`${day}T00:00:00Z`);

function node(id: string, parentId: string | null, extra: Partial<StandingNode> = {}): StandingNode {
  const level = extra.level ?? (parentId === null ? 'plan' : 'person');
  return { id, parentId, level, areaId: null, dueOn: '2027-12-31', weight: 1, progress: 0, doneDay: null, createdAt: at('2026-01-01'), ...extra };
}

/** plan → two years (weights 3 and 1) → a month each → people's tasks in two 片区. */
const tree: StandingNode[] = [
  node('plan', null),
  node('y1', 'plan', { level: 'year', weight: 3 }),
  node('y2', 'plan', { level: 'year', weight: 1 }),
  node('m1', 'y1', { level: 'month', areaId: EAST }),
  node('m2', 'y2', { level: 'month', areaId: WEST }),
  node('doneOnTime', 'm1', { areaId: EAST, weight: 2, progress: 100, doneDay: '2026-12-01', dueOn: '2026-12-10' }),
  node('late', 'm1', { areaId: EAST, weight: 1, progress: 30, dueOn: '2026-12-02' }),
  node('atRisk', 'm2', { areaId: WEST, weight: 1, progress: 50, dueOn: '2026-12-09' }),
];

describe('the dashboard’s task figure', () => {
  it('is the current plan rolled up by weight, as the plan page rolls it up', () => {
    const standing = planStanding(tree, TODAY, null)!;
    const rolled = rollUp(tree).get('plan')!;
    expect(standing.percent).toBe(shownPercent(rolled));
    // y1 = (2×100 + 1×30)/3 ≈ 76.7; y2 = 50; plan = (3×76.7 + 50)/4 ≈ 70
    expect(standing.percent).toBe(70);
    expect(standing.taskCount).toBe(3);
  });

  it('counts this week’s done, late and at risk as the weekly report does', () => {
    expect(planStanding(tree, TODAY, null)).toEqual(expect.objectContaining({ done: 1, late: 1, atRisk: 1, weekStart: '2026-11-30', weekEnd: '2026-12-06' }));
  });

  it('with a 片区 chosen, weighs only that 片区’s part of the plan', () => {
    // 城东: only y1's month → (2×100 + 1×30)/3 ≈ 76.7 → 76
    expect(planStanding(tree, TODAY, EAST)).toEqual(expect.objectContaining({ percent: 76, taskCount: 2, done: 1, late: 1, atRisk: 0 }));
    expect(planStanding(tree, TODAY, WEST)).toEqual(expect.objectContaining({ percent: 50, taskCount: 1, done: 0, late: 0, atRisk: 1 }));
    // A 片区 given nothing has no percent, rather than a 0 that reads as idleness.
    expect(planStanding(tree, TODAY, 'north')).toEqual(expect.objectContaining({ percent: null, taskCount: 0, done: 0, late: 0, atRisk: 0 }));
  });

  it('a month of the 片区 not yet broken down to people counts, at 0', () => {
    const withEmptyMonth = [...tree, node('m3', 'y2', { level: 'month', areaId: WEST })];
    // 城西: y2 = (50 + 0)/2 = 25
    expect(planStanding(withEmptyMonth, TODAY, WEST)).toEqual(expect.objectContaining({ percent: 25, taskCount: 1 }));
  });

  it('no plan, no figure', () => {
    expect(planStanding([], TODAY, null)).toBeNull();
  });
});

describe('the current plan', () => {
  it('is the latest made of the plans still running; when all have ended, the one that ended last', () => {
    const old = node('old', null, { dueOn: '2026-12-31', createdAt: at('2024-01-01') });
    const newer = node('newer', null, { dueOn: '2028-12-31', createdAt: at('2026-01-01') });
    const ended = node('ended', null, { dueOn: '2025-12-31', createdAt: at('2026-06-01') });
    expect(currentPlan([old, newer, ended], TODAY)!.id).toBe('newer');
    expect(currentPlan([old, ended], '2027-03-01')!.id).toBe('old');
    expect(currentPlan([node('child', 'old')], TODAY)).toBeNull();
  });

  it('other plans’ tasks do not count', () => {
    const other = [node('other', null, { dueOn: '2026-06-30' }), node('otherTask', 'other', { progress: 0, dueOn: '2026-12-02' })];
    expect(planStanding([...tree, ...other], TODAY, null)).toEqual(planStanding(tree, TODAY, null));
  });
});
