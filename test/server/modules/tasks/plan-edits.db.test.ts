import { escalateOverdue } from '../../../../server/modules/tasks/facade';
import { addPerson, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { chain, dayFromNow, nodeOf, personTask } from './task-fixtures';

const t = useTestDatabase();
jest.setTimeout(90_000);

/** The node as the builder's form would send it back: every field, the version seen. */
async function formOf(county: TestCounty, id: string) {
  const n = await nodeOf(county, id);
  return {
    taskId: n.id,
    version: n.version,
    title: n.title,
    leadUnitId: n.leadUnitId,
    responsibleUnitIds: n.responsibleUnitIds,
    cooperatingUnitIds: n.cooperatingUnitIds,
    ...(n.areaId ? { areaId: n.areaId } : {}),
    dueOn: n.dueOn,
    weight: n.weight,
    ...(n.assigneeId ? { assigneeId: n.assigneeId } : {}),
  };
}

async function auditOf(county: TestCounty, subjectId: string) {
  return county.runtime.db.selectFrom('auditEvents').select(['action', 'actorId', 'data']).where('subjectId', '=', subjectId).orderBy('at').execute();
}

describe('修改 a node of the plan', () => {
  it('changes what the builder set, raises the version, and is audited with what changed', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const form = await formOf(county, task);
    const traffic = county.departments['县公安局交警大队'];
    expect(data(await county.as('admin')('tasks', 'edit', { ...form, title: '东巷乱堆乱放清理（加急）', responsibleUnitIds: [traffic], weight: 4, dueOn: dayFromNow(3) }))).toEqual({ version: 2 });
    const after = await nodeOf(county, task);
    expect(after).toMatchObject({ title: '东巷乱堆乱放清理（加急）', responsibleUnits: ['县公安局交警大队'], weight: 4, dueOn: dayFromNow(3), version: 2 });
    const [entry] = await auditOf(county, task);
    expect(entry).toMatchObject({ action: 'tasks.edit', actorId: county.people.admin.userId });
    expect(entry.data).toMatchObject({ before: { title: '东巷乱堆乱放清理', weight: 1 }, after: { title: '东巷乱堆乱放清理（加急）', weight: 4 } });
    expect(Object.keys((entry.data as any).after).sort()).toEqual(['dueOn', 'responsibleUnitIds', 'title', 'weight']);
  });

  it('refuses an edit made on a version changed since: the other edit is not written over', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const seen = await formOf(county, task);
    data(await county.as('admin')('tasks', 'edit', { ...seen, title: '东巷清理（第一位改的）' }));
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...seen, weight: 9 }))).toBe('CONFLICT');
    expect(await nodeOf(county, task)).toMatchObject({ title: '东巷清理（第一位改的）', weight: 1 });
  });

  it('holds the create rules, and a deadline no earlier than a child’s', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const { year, month } = await chain(county, { due: 30 });
    const task = await personTask(county, month);
    const yearForm = await formOf(county, year);
    // The month is due in 30 days: the year cannot end before it.
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...yearForm, dueOn: dayFromNow(10) }))).toBe('VALIDATION');
    const taskForm = await formOf(county, task);
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...taskForm, dueOn: dayFromNow(40) }))).toBe('VALIDATION'); // later than its month
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...taskForm, leadUnitId: other.departments['县城市管理局'] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...taskForm, assigneeId: county.people.resident.userId }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...yearForm, assigneeId: county.people.handler.userId }))).toBe('VALIDATION');
    expect((await nodeOf(county, task)).version).toBe(1);
  });

  it('a non-admin is refused; another county’s admin finds nothing', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const form = await formOf(county, task);
    for (const role of ['handler', 'area_lead', 'resident'] as const) {
      expect(errorCode(await county.as(role)('tasks', 'edit', { ...form, title: '改个标题' }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(role)('tasks', 'move', { taskId: task, version: 1, parentId: month }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(role)('tasks', 'withdraw', { taskId: task, version: 1, reason: '不做了' }))).toBe('FORBIDDEN');
    }
    const theirMonth = (await chain(other)).month;
    expect(errorCode(await other.as('admin')('tasks', 'edit', { ...form, leadUnitId: other.departments['县城市管理局'], assigneeId: other.people.handler.userId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('admin')('tasks', 'move', { taskId: task, version: 1, parentId: theirMonth }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: task, version: 1, parentId: theirMonth }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('admin')('tasks', 'withdraw', { taskId: task, version: 1, reason: '不做了' }))).toBe('NOT_FOUND');
    expect(await nodeOf(county, task)).toMatchObject({ version: 1, parentId: month, withdrawn: false });
  });
});

describe('a person’s task given to someone else (docs/notifications.md)', () => {
  it('tells the new assignee of a new task and the old one that it is no longer theirs; nobody else', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month, { title: '南巷清理' });
    const next = await addPerson(county, '城管小李', 'handler', 'department', county.departments['县城市管理局']);
    const titles = async (userId: string) => (await county.runtime.db.selectFrom('inboxMessages').select('title').where('userId', '=', userId).where('kind', '=', 'task').orderBy('createdAt').execute()).map((r) => r.title);
    const before = await titles(county.people.handler.userId);
    data(await county.as('admin')('tasks', 'edit', { ...(await formOf(county, task)), assigneeId: next.userId }));
    expect(await titles(next.userId)).toEqual(['新任务：南巷清理']);
    expect((await titles(county.people.handler.userId)).slice(before.length)).toEqual(['任务已改由他人负责：南巷清理']);
    expect(await titles(county.people.admin.userId)).toEqual([]);
    // Given back: each hears of it again (a new edit, a new notice).
    data(await county.as('admin')('tasks', 'edit', { ...(await formOf(county, task)), assigneeId: county.people.handler.userId }));
    expect(await titles(next.userId)).toEqual(['新任务：南巷清理', '任务已改由他人负责：南巷清理']);
    // An edit that keeps the assignee and the deadline tells nobody.
    const handlerHeard = (await titles(county.people.handler.userId)).length;
    data(await county.as('admin')('tasks', 'edit', { ...(await formOf(county, task)), weight: 3 }));
    expect(await titles(next.userId)).toHaveLength(2);
    expect(await titles(county.people.handler.userId)).toHaveLength(handlerHeard);
    // A deadline moved: the one it is given to hears the new one, once per edit.
    const form = await formOf(county, task);
    const earlier = dayFromNow(3); // the task is due in five days
    data(await county.as('admin')('tasks', 'edit', { ...form, dueOn: earlier }));
    expect((await titles(county.people.handler.userId)).slice(handlerHeard)).toEqual(['任务期限已改：南巷清理']);
    const moved = await county.runtime.db.selectFrom('inboxMessages').select('body').where('userId', '=', county.people.handler.userId).where('title', '=', '任务期限已改：南巷清理').executeTakeFirstOrThrow();
    expect(moved.body).toContain(`从${form.dueOn}改为${earlier}`);
    expect(await titles(next.userId)).toHaveLength(2);
    // It is the one it was given back to's own again.
    expect(data<any[]>(await county.as('handler')('tasks', 'mine', {})).find((m) => m.id === task)).toMatchObject({ mine: true });
    expect(data<any[]>(await next.call('tasks', 'mine', {})).find((m) => m.id === task)).toMatchObject({ mine: false });
  });
});

describe('移动 a node', () => {
  it('the roll-up by weight follows the node to its new parent', async () => {
    const county = await seedCounty(t.db);
    const { year, month } = await chain(county);
    const lead = county.departments['县城市管理局'];
    const other = data<{ id: string }>(await county.as('admin')('tasks', 'create', { parentId: year, title: '月度任务：农贸市场', leadUnitId: lead, dueOn: dayFromNow(30) })).id;
    const heavy = await personTask(county, month, { title: '东巷清理', weight: 3 });
    const light = await personTask(county, month, { title: '西巷清理', weight: 1 });
    data(await county.as('handler')('tasks', 'report', { taskId: heavy, percent: 100 }));
    data(await county.as('handler')('tasks', 'report', { taskId: light, percent: 20 }));
    expect((await nodeOf(county, month)).progress).toBe(80); // (300 + 20) / 4
    expect((await nodeOf(county, other)).progress).toBe(0);
    expect((await nodeOf(county, year)).progress).toBe(40); // (80 + 0) / 2
    expect(data(await county.as('admin')('tasks', 'move', { taskId: heavy, version: 1, parentId: other }))).toEqual({ version: 2 });
    expect((await nodeOf(county, month)).progress).toBe(20);
    expect((await nodeOf(county, other)).progress).toBe(100);
    expect((await nodeOf(county, year)).progress).toBe(60); // (20 + 100) / 2
    expect((await nodeOf(county, other)).children.map((c: any) => c.id)).toEqual([heavy]);
    expect((await auditOf(county, heavy)).map((a) => a.action)).toEqual(['tasks.move']);
  });

  it('only under a node of the level above, never under itself or what is under it, and within the new parent’s deadline', async () => {
    const county = await seedCounty(t.db);
    const { plan, year, month } = await chain(county, { due: 10 });
    const task = await personTask(county, month, { dueOn: dayFromNow(8) });
    const lead = county.departments['县城市管理局'];
    const soon = data<{ id: string }>(await county.as('admin')('tasks', 'create', { parentId: year, title: '月度任务：下周就到期', leadUnitId: lead, dueOn: dayFromNow(2) })).id;
    const yearForm = await formOf(county, year);
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: task, version: 1, parentId: year }))).toBe('VALIDATION'); // a person's task under a year
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: year, version: yearForm.version, parentId: month }))).toBe('VALIDATION'); // under its own child
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: year, version: yearForm.version, parentId: year }))).toBe('VALIDATION'); // under itself
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: plan, version: 1, parentId: year }))).toBe('VALIDATION'); // a plan stays on top
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: task, version: 1, parentId: soon }))).toBe('VALIDATION'); // due after the new month
    expect(errorCode(await county.as('admin')('tasks', 'move', { taskId: task, version: 1, parentId: month }))).toBe('VALIDATION'); // already there
    expect(await nodeOf(county, task)).toMatchObject({ parentId: month, version: 1 });
  });

  it('the database itself refuses a parent of the wrong level', async () => {
    const county = await seedCounty(t.db);
    const { year, month } = await chain(county);
    await expect(county.runtime.db.updateTable('taskNodes').set({ parentId: month }).where('id', '=', year).execute()).rejects.toThrow(/cannot sit under/);
  });
});

describe('撤销 a node', () => {
  it('keeps it and its reports in the plan, marked with the reason, and counts it nowhere: the roll-up is what is left', async () => {
    const county = await seedCounty(t.db);
    const { plan, year, month } = await chain(county);
    const kept = await personTask(county, month, { title: '东巷清理', weight: 1 });
    const dropped = await personTask(county, month, { title: '西巷清理', weight: 3 });
    data(await county.as('handler')('tasks', 'report', { taskId: kept, percent: 60 }));
    data(await county.as('handler')('tasks', 'report', { taskId: dropped, percent: 20, note: '清了一点' }));
    expect((await nodeOf(county, plan)).progress).toBe(30); // (60 + 3 × 20) / 4
    expect(data(await county.as('admin')('tasks', 'withdraw', { taskId: dropped, version: 1, reason: '这条巷子已拆迁' }))).toEqual({ withdrawn: 1, withReports: 1 });
    expect(await nodeOf(county, dropped)).toMatchObject({ withdrawn: true, withdrawReason: '这条巷子已拆迁', progress: 20 });
    expect((await nodeOf(county, month)).progress).toBe(60);
    expect((await nodeOf(county, year)).progress).toBe(60);
    expect((await nodeOf(county, plan)).progress).toBe(60);
    // Its history stays readable; it takes no more reports and no more edits.
    const detail = data<any>(await county.as('handler')('tasks', 'task', { taskId: dropped }));
    expect(detail.history).toEqual([expect.objectContaining({ percent: 20, note: '清了一点' })]);
    expect(detail.canReport).toBe(false);
    expect(errorCode(await county.as('handler')('tasks', 'report', { taskId: dropped, percent: 50 }))).toBe('CONFLICT');
    expect(errorCode(await county.as('admin')('tasks', 'edit', { ...(await formOf(county, dropped)), title: '改一下' }))).toBe('CONFLICT');
    expect(errorCode(await county.as('admin')('tasks', 'withdraw', { taskId: dropped, version: 2, reason: '再撤一次' }))).toBe('CONFLICT');
    // Nor is it the handler's, or anyone's to count.
    const mine = data<any[]>(await county.as('handler')('tasks', 'mine', {})).map((m) => m.id);
    expect(mine).toContain(kept);
    expect(mine).not.toContain(dropped);
    expect((await auditOf(county, dropped)).map((a) => a.action)).toEqual(['tasks.withdraw']);
  });

  it('withdraws everything under it, tells each withdrawn task’s person, and nothing under it is escalated or reported late', async () => {
    const county = await seedCounty(t.db);
    const { plan, year, month } = await chain(county, { due: -1 });
    const late = await personTask(county, month, { title: '北巷清理', dueOn: dayFromNow(-1) });
    const lead = county.departments['县城市管理局'];
    data(await county.as('admin')('tasks', 'create', { parentId: plan, title: '年度目标：交通有序', leadUnitId: lead, dueOn: dayFromNow(30) }));
    const weeklyBefore = data<any>(await county.as('admin')('tasks', 'weekly', {}));
    expect(weeklyBefore.totals.late).toBeGreaterThanOrEqual(1);
    expect(data(await county.as('admin')('tasks', 'withdraw', { taskId: year, version: 1, reason: '并入明年的目标' }))).toEqual({ withdrawn: 3, withReports: 0 });
    expect(await nodeOf(county, late)).toMatchObject({ withdrawn: true, withdrawReason: '并入明年的目标', overdue: false });
    const notices = await county.runtime.db.selectFrom('inboxMessages').select('title').where('userId', '=', county.people.handler.userId).where('title', 'like', '任务已撤销%').execute();
    expect(notices.map((n) => n.title)).toEqual(['任务已撤销：北巷清理']);
    await escalateOverdue(county.runtime.db, new Date(), { countyId: county.countyId });
    expect(await county.runtime.db.selectFrom('taskEscalations').select('taskId').where('taskId', '=', late).execute()).toEqual([]);
    expect(data<any>(await county.as('admin')('tasks', 'weekly', {})).totals.late).toBe(weeklyBefore.totals.late - 1);
    // Nothing can be built under it any more.
    expect(errorCode(await county.as('admin')('tasks', 'create', { parentId: month, title: '补一个任务', leadUnitId: lead, dueOn: dayFromNow(-1), assigneeId: county.people.handler.userId }))).toBe('CONFLICT');
  });
});

describe('edits, moves and withdrawals at the same moment', () => {
  it('of twenty edits of the same node made on the same version, one is written and the rest are refused: none is lost silently', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const seen = await formOf(county, task);
    // Open the connections first, so that the racing edits meet at the node's row.
    await Promise.all(Array.from({ length: 20 }, () => county.as('admin')('tasks', 'plan', {})));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => county.as('admin')('tasks', 'edit', { ...seen, weight: i + 2 })));
    const written = answers.filter((a) => a.ok);
    expect(written).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    const node = await nodeOf(county, task);
    expect(node.version).toBe(2);
    expect((await auditOf(county, task)).map((a) => (a.data as any).after.weight)).toEqual([node.weight]);
  });

  it('a move and a withdrawal of the parent it moves under, at once: the node ends withdrawn with it, or the move is refused', async () => {
    const county = await seedCounty(t.db);
    const { year, month } = await chain(county);
    const lead = county.departments['县城市管理局'];
    const target = data<{ id: string }>(await county.as('admin')('tasks', 'create', { parentId: year, title: '月度任务：农贸市场', leadUnitId: lead, dueOn: dayFromNow(30) })).id;
    const tasks = [];
    for (let i = 0; i < 6; i++) tasks.push(await personTask(county, month, { title: `巷子清理${i + 1}` }));
    await Promise.all(Array.from({ length: 20 }, () => county.as('admin')('tasks', 'plan', {})));
    const [withdrawal, ...moves] = await Promise.all([
      county.as('admin')('tasks', 'withdraw', { taskId: target, version: 1, reason: '市场已搬迁' }),
      ...tasks.map((taskId) => county.as('admin')('tasks', 'move', { taskId, version: 1, parentId: target })),
    ]);
    expect(withdrawal.ok).toBe(true);
    for (const [n, taskId] of tasks.entries()) {
      const node = await nodeOf(county, taskId);
      // Never a counted node under a withdrawn one.
      if (moves[n].ok) expect(node).toMatchObject({ parentId: target, withdrawn: true });
      else expect(node).toMatchObject({ parentId: month, withdrawn: false });
    }
  });
});
