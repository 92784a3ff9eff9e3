import { data, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { chain, dayFromNow, nodeOf, personTask } from '../tasks/task-fixtures';

const t = useTestDatabase();
jest.setTimeout(120_000);

function overview(county: TestCounty, input: Record<string, unknown> = {}) {
  return county.as('admin')('dashboard', 'overview', input).then((r) => data<any>(r));
}

const report = (county: TestCounty, taskId: string, percent: number) => county.as('handler')('tasks', 'report', { taskId, percent }).then(data);

describe('任务进度 on the command centre dashboard', () => {
  it('is the plan page’s weighted roll-up, and this week’s counts are the weekly report’s', async () => {
    const county = await seedCounty(t.db, { withoutPlan: true });
    expect((await overview(county)).tasks).toBeNull();

    const { plan, month } = await chain(county, { due: 20 });
    const finished = await personTask(county, month, { title: '东巷清理', weight: 2, dueOn: dayFromNow(10) });
    const halfway = await personTask(county, month, { title: '门前占道劝导', weight: 1, dueOn: dayFromNow(15) });
    await personTask(county, month, { title: '已经逾期的', weight: 1, dueOn: dayFromNow(-8) });
    await report(county, finished, 100);
    await report(county, halfway, 40);

    const tasks = (await overview(county)).tasks;
    // (2 × 100 + 1 × 40 + 1 × 0) / 4 = 60, all the way up a chain of single children.
    expect(tasks.percent).toBe(60);
    expect(tasks.percent).toBe((await nodeOf(county, plan)).progress);
    expect(tasks).toEqual(expect.objectContaining({ planId: plan, planTitle: '三年行动方案', taskCount: 3 }));
    const weekly = data<any>(await county.as('admin')('tasks', 'weekly', {}));
    expect({ done: tasks.done, late: tasks.late, atRisk: tasks.atRisk }).toEqual(weekly.totals);
    expect(tasks.done).toBe(1);
    expect(tasks.late).toBeGreaterThanOrEqual(1);
    expect([tasks.weekStart, tasks.weekEnd]).toEqual([weekly.weekStart, weekly.weekEnd]);
  });

  it('with a 片区 chosen, rolls up only that 片区’s part of the plan; a 片区 given nothing has no percent', async () => {
    const county = await seedCounty(t.db, { withoutPlan: true });
    const admin = county.as('admin');
    const lead = county.departments['县城市管理局'];
    const east = county.areas['城东片区'];
    const west = county.areas['城西片区'];
    // A plan with no 片区 of its own: a year of 城东 work (weight 3) and a year of 城西 work (weight 1).
    const plan = data<{ id: string }>(await admin('tasks', 'create', { title: '三年行动方案', leadUnitId: lead, dueOn: dayFromNow(120) })).id;
    const year = async (areaId: string, weight: number) => {
      const y = data<{ id: string }>(await admin('tasks', 'create', { parentId: plan, title: '年度目标：市容达标', leadUnitId: lead, dueOn: dayFromNow(90), areaId, weight })).id;
      return data<{ id: string }>(await admin('tasks', 'create', { parentId: y, title: '月度任务：背街小巷', leadUnitId: lead, dueOn: dayFromNow(60) })).id;
    };
    const eastMonth = await year(east, 3);
    await report(county, await personTask(county, eastMonth, { title: '东巷清理', dueOn: dayFromNow(30) }), 80);

    expect((await overview(county, { areaId: west })).tasks).toEqual(expect.objectContaining({ percent: null, taskCount: 0 }));

    const westMonth = await year(west, 1);
    await report(county, await personTask(county, westMonth, { title: '西街劝导', dueOn: dayFromNow(30) }), 20);

    expect((await overview(county, { areaId: east })).tasks).toEqual(expect.objectContaining({ percent: 80, taskCount: 1 }));
    expect((await overview(county, { areaId: west })).tasks).toEqual(expect.objectContaining({ percent: 20, taskCount: 1 }));
    // The county: (3 × 80 + 1 × 20) / 4 = 65.
    expect((await overview(county)).tasks).toEqual(expect.objectContaining({ percent: 65, taskCount: 2 }));
  });

  it('another county’s plan never counts', async () => {
    const county = await seedCounty(t.db, { withoutPlan: true });
    const neighbour = await seedCounty(t.db, { withoutPlan: true });
    const { month: theirs } = await chain(neighbour, { due: 20 });
    await report(neighbour, await personTask(neighbour, theirs, { dueOn: dayFromNow(-8) }), 90);
    expect((await overview(county)).tasks).toBeNull();

    const { plan, month } = await chain(county, { due: 20, title: '我们的方案' });
    await personTask(county, month, { title: '刚布置的', dueOn: dayFromNow(18) });
    expect((await overview(county)).tasks).toEqual(expect.objectContaining({ planId: plan, planTitle: '我们的方案', percent: 0, taskCount: 1, done: 0, late: 0 }));
    expect((await overview(neighbour)).tasks).toEqual(expect.objectContaining({ percent: 90, taskCount: 1, late: 1 }));
  });
});
