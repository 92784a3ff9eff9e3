import { beijingDay } from '../../../../server/core/clock';
import { beijingWeek } from '../../../../server/modules/tasks/domain/week';
import { escalateOverdue } from '../../../../server/modules/tasks/facade';
import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { uploadPhotos } from '../reports/report-fixtures';
import { chain, dayFromNow, nodeOf, parseCsv, personTask } from './task-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('progress rolls up the plan tree by weight', () => {
  it('a parent reads the weighted mean of its children, up to the plan', async () => {
    const county = await seedCounty(t.db);
    const { plan, year, month } = await chain(county);
    const heavy = await personTask(county, month, { title: '东巷清理', weight: 3 });
    const light = await personTask(county, month, { title: '西巷清理', weight: 1 });
    data(await county.as('handler')('tasks', 'report', { taskId: heavy, percent: 100, note: '清完了' }));
    data(await county.as('handler')('tasks', 'report', { taskId: light, percent: 40 }));
    // (3 × 100 + 1 × 40) / 4 = 85, on every level above (each has one child).
    expect((await nodeOf(county, month)).progress).toBe(85);
    expect((await nodeOf(county, year)).progress).toBe(85);
    expect((await nodeOf(county, plan)).progress).toBe(85);
    // A second yearly target with no work done pulls the plan down by its weight.
    const lead = county.departments['县城市管理局'];
    data(await county.as('admin')('tasks', 'create', { parentId: plan, title: '年度目标：交通有序', leadUnitId: lead, dueOn: dayFromNow(30), weight: 1 }));
    expect((await nodeOf(county, plan)).progress).toBe(42); // (85 + 0) / 2 = 42.5, shown whole
    expect((await nodeOf(county, heavy)).done).toBe(true);
  });
});

describe('a person reports progress', () => {
  it('with a note, their own photos and a percentage; 100% finishes the task, which then takes no more', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const photos = await uploadPhotos(county, 'handler', 1);
    expect(data(await county.as('handler')('tasks', 'report', { taskId: task, percent: 50, note: '清了一半', photos }))).toEqual({ progress: 50, done: false });
    const detail = data<any>(await county.as('handler')('tasks', 'task', { taskId: task }));
    expect(detail.history).toEqual([expect.objectContaining({ percent: 50, note: '清了一半', photos, by: '周强' })]);
    expect(detail.path).toEqual(['三年行动方案', '年度目标：市容达标', '月度任务：背街小巷']);
    // Someone else's photo is not evidence.
    const foreign = await uploadPhotos(county, 'resident', 1);
    expect(errorCode(await county.as('handler')('tasks', 'report', { taskId: task, percent: 60, photos: foreign }))).toBe('FORBIDDEN');
    data(await county.as('handler')('tasks', 'report', { taskId: task, percent: 100 }));
    expect(errorCode(await county.as('handler')('tasks', 'report', { taskId: task, percent: 100 }))).toBe('CONFLICT');
  });

  it('a handler of another unit can neither read nor report on it', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    const task = await personTask(county, month);
    const other = await addPerson(county, '交警小刘', 'handler', 'department', county.departments['县公安局交警大队']);
    expect(errorCode(await other.call('tasks', 'report', { taskId: task, percent: 10 }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call('tasks', 'task', { taskId: task }))).toBe('NOT_FOUND');
    expect(data<any[]>(await other.call('tasks', 'mine', {}))).toEqual([]);
  });
});

describe('who may build and read the plan', () => {
  it('a resident cannot read or write it; another county neither sees it nor builds under it', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const { plan, month } = await chain(county);
    const task = await personTask(county, month);
    expect(errorCode(await county.as('resident')('tasks', 'plan', {}))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('tasks', 'create', { title: '我的计划', leadUnitId: county.departments['县城市管理局'], dueOn: dayFromNow(3) }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('tasks', 'task', { taskId: task }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('tasks', 'report', { taskId: task, percent: 10 }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('tasks', 'weekly', {}))).toBe('FORBIDDEN');
    const theirs = data<any>(await other.as('admin')('tasks', 'plan', {}));
    expect(JSON.stringify(theirs)).not.toContain(plan);
    expect(JSON.stringify(theirs)).not.toContain(task);
    expect(errorCode(await other.as('admin')('tasks', 'create', { parentId: month, title: '插一个任务', leadUnitId: other.departments['县城市管理局'], dueOn: dayFromNow(3), assigneeId: other.people.handler.userId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('handler')('tasks', 'task', { taskId: task }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('handler')('tasks', 'report', { taskId: task, percent: 10 }))).toBe('NOT_FOUND');
    // Nor can a county's admin use another county's unit.
    expect(errorCode(await county.as('admin')('tasks', 'create', { title: '外县的单位', leadUnitId: other.departments['县城市管理局'], dueOn: dayFromNow(3) }))).toBe('VALIDATION');
  });

  it('a person’s task goes to a unit’s handler, by a deadline no later than its month’s', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county, { due: 10 });
    const lead = county.departments['县城市管理局'];
    const late = await county.as('admin')('tasks', 'create', { parentId: month, title: '超出月度期限', leadUnitId: lead, dueOn: dayFromNow(40), assigneeId: county.people.handler.userId });
    expect(late.ok ? null : late.error.details?.map((d) => d.field)).toEqual(['dueOn']);
    const nobody = await county.as('admin')('tasks', 'create', { parentId: month, title: '给一位居民', leadUnitId: lead, dueOn: dayFromNow(3), assigneeId: county.people.resident.userId });
    expect(nobody.ok ? null : nobody.error.details?.map((d) => d.field)).toEqual(['assigneeId']);
  });
});

describe('an overdue task is escalated once to its area sub-command', () => {
  it('however many passes run at once: one escalation, one notice each, on that area’s board only', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county, { due: -1 });
    const task = await personTask(county, month, { title: '逾期的东巷清理', dueOn: dayFromNow(-1) });
    const westLead = await addPerson(county, '城西指挥长', 'area_lead', 'area', county.areas['城西片区']);
    const db = county.runtime.db;
    // Open the connections first, so that the racing passes meet at the escalation's key.
    await Promise.all(Array.from({ length: 20 }, () => county.as('area_lead')('tasks', 'board', {})));
    await Promise.all(Array.from({ length: 8 }, () => escalateOverdue(db, new Date(), { countyId: county.countyId })));

    const board = data<any[]>(await county.as('area_lead')('tasks', 'board', {}));
    expect(board.filter((e) => e.id === task)).toEqual([expect.objectContaining({ title: '逾期的东巷清理', area: '城东片区', assignee: '周强' })]);
    const told = await db.selectFrom('inboxMessages').select(['userId']).where('sourceKey', '=', `task:${task}:escalated`).execute();
    expect(told.map((m) => m.userId).sort()).toEqual([county.people.area_lead.userId, county.people.handler.userId].sort());
    // Another area's sub-command does not see it, not even by its id.
    expect(data<any[]>(await westLead.call('tasks', 'board', {})).some((e) => e.id === task)).toBe(false);
    expect(errorCode(await westLead.call('tasks', 'task', { taskId: task }))).toBe('NOT_FOUND');
    expect(data<any>(await county.as('area_lead')('tasks', 'task', { taskId: task })).task.escalated).toBe(true);
    // A later pass changes nothing.
    expect(await escalateOverdue(db, new Date(), { countyId: county.countyId })).toBe(0);
    expect(errorCode(await county.as('resident')('tasks', 'board', {}))).toBe('FORBIDDEN');
  });

  it('a task still within its deadline, or finished, is not escalated', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county, { due: -1 });
    const finished = await personTask(county, month, { title: '按时完成的', dueOn: dayFromNow(-1) });
    data(await county.as('handler')('tasks', 'report', { taskId: finished, percent: 100 }));
    const { month: later } = await chain(county, { due: 20, title: '另一个方案' });
    await personTask(county, later, { title: '还没到期的', dueOn: dayFromNow(3) });
    await escalateOverdue(county.runtime.db, new Date(), { countyId: county.countyId });
    const titles = data<any[]>(await county.as('area_lead')('tasks', 'board', {})).map((e) => e.title);
    expect(titles).not.toContain('按时完成的');
    expect(titles).not.toContain('还没到期的');
  });
});

describe('the weekly report', () => {
  it('counts done, late and at-risk per unit, and its CSV says the same', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county, { due: 20 });
    const police = county.departments['县公安局交警大队'];
    const done = await personTask(county, month, { title: '本周完成', dueOn: dayFromNow(10), responsibleUnitIds: [police] });
    data(await county.as('handler')('tasks', 'report', { taskId: done, percent: 100 }));
    await personTask(county, month, { title: '已逾期', dueOn: dayFromNow(-8) });
    await personTask(county, month, { title: '快到期', dueOn: dayFromNow(8) });
    const admin = county.as('admin');
    const page = data<any>(await admin('tasks', 'weekly', {}));
    const cityRow = page.rows.find((r: any) => r.unit === '县城市管理局');
    expect(cityRow).toEqual(expect.objectContaining({ done: 1, late: expect.any(Number), atRisk: expect.any(Number) }));
    expect(cityRow.late).toBeGreaterThanOrEqual(1);
    expect(page.rows.find((r: any) => r.unit === '县公安局交警大队')).toEqual(expect.objectContaining({ done: 1 }));

    const file = data<{ filename: string; csv: string }>(await admin('tasks', 'weeklyCsv', {}));
    expect(file.filename).toBe(`任务周报-${page.weekStart}至${page.weekEnd}.csv`);
    const [header, ...lines] = parseCsv(file.csv);
    expect(header).toEqual(['单位', '按期完成', '逾期', '有风险']);
    expect(lines).toEqual(page.rows.map((r: any) => [r.unit, String(r.done), String(r.late), String(r.atRisk)]));
    // Another week reads another report: the same for page and CSV.
    const lastWeek = data<any>(await admin('tasks', 'weekly', { day: dayFromNow(-7) }));
    const lastCsv = data<{ csv: string }>(await admin('tasks', 'weeklyCsv', { day: dayFromNow(-7) }));
    expect(parseCsv(lastCsv.csv).slice(1)).toEqual(lastWeek.rows.map((r: any) => [r.unit, String(r.done), String(r.late), String(r.atRisk)]));
  });

  it('a past week reads progress as it stood at that week’s end: reporting progress, or giving a task, afterwards changes neither its page nor its CSV', async () => {
    const time = movableClock(new Date().toISOString());
    const county = await seedCounty(t.db, { clock: time.clock });
    const admin = county.as('admin');
    const week = beijingWeek(beijingDay(time.clock.now()));
    const afterEnd = (days: number) => new Date(Date.parse(`${week.end}T00:00:00Z`) + days * 24 * 3_600_000).toISOString().slice(0, 10);
    const { month } = await chain(county, { due: 20 });
    // Due three days after the week, 30% done at its end: at risk that week.
    const risky = await personTask(county, month, { title: '背街小巷立面整治', dueOn: afterEnd(3) });
    data(await county.as('handler')('tasks', 'report', { taskId: risky, percent: 30 }));
    const during = data<any>(await admin('tasks', 'weekly', { day: week.start }));
    const duringCsv = data<{ csv: string }>(await admin('tasks', 'weeklyCsv', { day: week.start })).csv;
    expect(during.rows.find((r: any) => r.unit === '县城市管理局').atRisk).toBeGreaterThanOrEqual(1);

    // The next Monday: 90% reported, and a task given late with a deadline inside the past week.
    time.set(`${afterEnd(1)}T10:00:00+08:00`);
    data(await county.as('handler')('tasks', 'report', { taskId: risky, percent: 90 }));
    await personTask(county, month, { title: '补派的任务', dueOn: week.end });
    expect((await nodeOf(county, risky)).progress).toBe(90);

    expect(data<any>(await admin('tasks', 'weekly', { day: week.start }))).toEqual(during);
    expect(data<{ csv: string }>(await admin('tasks', 'weeklyCsv', { day: week.end })).csv).toBe(duringCsv);
  });
});

describe('the year’s 目标责任书', () => {
  it('a unit’s handler signs it for the unit once, numbered in the order units sign', async () => {
    const county = await seedCounty(t.db);
    const police = county.departments['县公安局交警大队'];
    const policeHead = await addPerson(county, '交警队长', 'handler', 'department', police);
    const view = data<any>(await county.as('handler')('tasks', 'letter', {}));
    expect(view.text.title).toMatch(/年度创建全国文明城市目标责任书$/);
    expect(view.units).toEqual([expect.objectContaining({ name: '县城市管理局', signed: null })]);
    const input = { versionId: view.text.versionId, departmentId: county.departments['县城市管理局'] };
    const first = await Promise.all([county.as('handler')('tasks', 'signLetter', input), county.as('handler')('tasks', 'signLetter', input)]);
    expect(first.map((r) => data<any>(r).signerNo)).toEqual([1, 1]);
    expect(data<any>(await policeHead.call('tasks', 'signLetter', { ...input, departmentId: police })).signerNo).toBe(2);
    expect(errorCode(await policeHead.call('tasks', 'signLetter', input))).toBe('FORBIDDEN');
    const after = data<any>(await county.as('handler')('tasks', 'letter', {}));
    expect(after.units[0].signed).toEqual(expect.objectContaining({ signerNo: 1, signer: '周强', version: 1 }));
    expect(after.text.signerCount).toBe(2);
    // It is the units' to sign, not a resident's through the conventions' page.
    expect(errorCode(await county.as('resident')('tasks', 'signLetter', input))).toBe('FORBIDDEN');
  });
});
