import { randomUUID } from 'node:crypto';
import { monthBounds, monthOf } from '../../../../server/modules/assessment/domain/scoring';
import { areaCompletionOf } from '../../../../server/modules/tasks/facade';
import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { answers, roundWith } from '../inspections/inspection-fixtures';
import { createSurvey, goodAnswers } from '../questionnaires/questionnaire-fixtures';
import { chain, personTask } from '../tasks/task-fixtures';

const t = useTestDatabase();
const HOUR = 3_600_000;

/** A 随手拍 case of the community, due `dueIn` hours from now, fixed `fixedAgo` hours ago (or not), rated (or not). */
async function caseOf(county: TestCounty, community: string, c: { dueIn: number; fixedAgo?: number; rating?: number }) {
  const db = county.runtime.db;
  const category = await db.selectFrom('reportCategories').select('id').where('countyId', '=', county.countyId).executeTakeFirstOrThrow();
  const now = Date.now();
  await db
    .insertInto('reports')
    .values({
      id: randomUUID(),
      countyId: county.countyId,
      communityId: county.communities[community],
      areaId: null,
      categoryId: category.id,
      reporterId: county.people.resident.userId,
      anonymous: false,
      description: '楼道堆放杂物',
      latitude: 34.82,
      longitude: 114.81,
      address: '幸福路1号',
      status: c.fixedAgo === undefined ? 'assigned' : 'fixed',
      version: 1,
      departmentId: county.departments['县城市管理局'],
      deadline: new Date(now + c.dueIn * HOUR),
      submittedAt: new Date(now - 48 * HOUR),
      updatedAt: new Date(now),
      idempotencyKey: randomUUID(),
      rating: c.rating ?? null,
      fixedAt: c.fixedAgo === undefined ? null : new Date(now - c.fixedAgo * HOUR),
    })
    .execute();
}

/** The demo's people's tasks (one due yesterday, in 城东片区) taken out of every area, so that a test's month holds only its own tasks. */
async function withoutDemoTasks(county: TestCounty) {
  await county.runtime.db.updateTable('taskNodes').set({ areaId: null }).where('countyId', '=', county.countyId).where('level', '=', 'person').execute();
}

/** The Beijing month before this one, "YYYY-MM". */
function lastMonth(): string {
  const [y, m] = monthOf(new Date()).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A person's task of 城东片区 (or `area`) due on `dueOn`, finished at `doneAt` (or not finished). */
async function taskDue(county: TestCounty, dueOn: string, doneAt?: string, area = '城东片区') {
  const { month } = await chain(county, { due: 0, area });
  const id = await personTask(county, month, { dueOn });
  if (doneAt) await county.runtime.db.updateTable('taskNodes').set({ progress: 100, doneAt: new Date(doneAt) }).where('id', '=', id).execute();
  return id;
}

const rowOf = (month: any, community: string) => month.rows.find((r: any) => r.communityName === community);
const partOf = (row: any, part: string) => row.parts.find((p: any) => p.part === part);

/** 幸福里社区 with data in every part this month; the inspection's score rate returned. */
async function monthWithData(county: TestCounty): Promise<{ inspectionRate: number; surveyId: string }> {
  await withoutDemoTasks(county);
  const roundId = await roundWith(county);
  const submitted = data<any>(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
  data(await county.as('admin')('inspections', 'publish', { roundId }));
  const inspection = await county.runtime.db.selectFrom('inspections').select(['score', 'maxScore']).where('roundId', '=', roundId).executeTakeFirstOrThrow();
  expect(submitted).toBeTruthy();
  // 随手拍: one fixed on time (rated 5), one late (rated 3), one past its deadline unfixed, one not due yet
  await caseOf(county, '幸福里社区', { dueIn: -1, fixedAgo: 2, rating: 5 });
  await caseOf(county, '幸福里社区', { dueIn: -2, fixedAgo: 1, rating: 3 });
  await caseOf(county, '幸福里社区', { dueIn: -1 });
  await caseOf(county, '幸福里社区', { dueIn: 5 });
  // 问卷 (named): the guardian of 幸福里 rates 4; a volunteer enters two passers-by of 幸福里 (5 and 3)
  const surveyId = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
  data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId: surveyId, answers: goodAnswers({ q3: 4 }) }));
  for (const q3 of [5, 3]) {
    data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: surveyId, communityId: county.communities['幸福里社区'], answers: goodAnswers({ q3 }) }));
  }
  return { inspectionRate: Math.round((inspection.score * 1000) / inspection.maxScore) / 10, surveyId };
}

describe('月度考核: the monthly score of a community from its parts', () => {
  it('combines the inspection score rate, 随手拍 on time and satisfaction, and questionnaire satisfaction by the weights (no task due: re-weighted over the four)', async () => {
    const county = await seedCounty(t.db);
    const { inspectionRate } = await monthWithData(county);
    const month = data<any>(await county.as('admin')('assessment', 'preview', { month: monthOf(new Date()) }));
    expect(month.status).toBe('draft');
    const xingfu = rowOf(month, '幸福里社区');
    expect(partOf(xingfu, 'inspections').score).toBe(inspectionRate);
    expect(partOf(xingfu, 'reportsOnTime')).toMatchObject({ score: 33.3, basis: '到期3件，按时办结1件' });
    expect(partOf(xingfu, 'reportsSatisfaction')).toMatchObject({ score: 75, basis: '2位居民评价，平均4.0星' });
    expect(partOf(xingfu, 'questionnaires')).toMatchObject({ score: 75, basis: '3份问卷，平均4.0分' });
    expect(partOf(xingfu, 'tasks')).toMatchObject({ score: null, basis: '本月没有数据', effectiveWeight: 0 });
    expect(xingfu.total).toBe(Math.round(((inspectionRate * 30 + 33.3 * 20 + 75 * 15 + 75 * 15) / 80) * 10) / 10);
    expect(xingfu.rank).toBe(1);
    // the other communities have no data: no total, unranked, not a zero
    expect(rowOf(month, '新华社区')).toMatchObject({ total: null, rank: null });
  });

  it('re-weights over the parts that have data: a community with only questionnaires scores their satisfaction, not a fraction of it', async () => {
    const county = await seedCounty(t.db);
    await withoutDemoTasks(county);
    const surveyId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined, anonymous: false });
    data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: surveyId, communityId: county.communities['和平社区'], answers: goodAnswers({ q3: 5 }) }));
    const heping = rowOf(data<any>(await county.as('admin')('assessment', 'preview', { month: monthOf(new Date()) })), '和平社区');
    expect(heping.total).toBe(100);
    expect(heping.parts.map((p: any) => [p.part, p.score, p.weight, p.effectiveWeight])).toEqual([
      ['inspections', null, 30, 0],
      ['reportsOnTime', null, 20, 0],
      ['reportsSatisfaction', null, 15, 0],
      ['questionnaires', 100, 15, 100],
      ['tasks', null, 20, 0],
    ]);
  });
});

describe('月度考核: 任务完成 — a community carries its area’s people’s tasks due that month', () => {
  it('scores the share finished by the Beijing deadline day: on time, late and not done count; other months and other areas do not', async () => {
    const county = await seedCounty(t.db);
    await withoutDemoTasks(county);
    const month = lastMonth();
    await taskDue(county, `${month}-10`, `${month}-10T15:30:00Z`); // done 23:30 Beijing on the deadline day: on time
    await taskDue(county, `${month}-12`, `${month}-12T16:30:00Z`); // done 00:30 Beijing the day after: late
    await taskDue(county, `${month}-20`); // never done
    await taskDue(county, `${month}-28`, `${month}-03T02:00:00Z`); // done early: on time
    await taskDue(county, `${monthOf(new Date())}-01`, `${month}-05T02:00:00Z`); // due the next month: not this month's
    await taskDue(county, `${monthOf(new Date())}-01`, undefined, '城西片区');

    const view = data<any>(await county.as('admin')('assessment', 'preview', { month }));
    for (const community of ['幸福里社区', '和平社区']) {
      expect(partOf(rowOf(view, community), 'tasks')).toMatchObject({ score: 50, basis: '城东片区：到期4项，按期完成2项', label: '任务完成', weight: 20 });
      expect(rowOf(view, community)).toMatchObject({ total: 50, rank: 1 });
    }
    // 城西片区 has no task due that month: its communities have no data for the part (not a zero)
    for (const community of ['新华社区', '柳树村']) {
      expect(partOf(rowOf(view, community), 'tasks')).toMatchObject({ score: null, basis: '本月没有数据', effectiveWeight: 0 });
      expect(rowOf(view, community)).toMatchObject({ total: null, rank: null });
    }
  });

  it('does not count an unfinished task before its deadline has passed: it can still be done on time', async () => {
    const county = await seedCounty(t.db);
    await withoutDemoTasks(county);
    const month = lastMonth();
    await taskDue(county, `${month}-10`);
    await taskDue(county, `${month}-20`);
    await taskDue(county, `${month}-25`, `${month}-14T02:00:00Z`);
    await taskDue(county, `${month}-25`, undefined, '城西片区');
    const east = county.areas['城东片区'];
    const { fromDay, toDay } = monthBounds(month);
    const asOf = (today: string) => areaCompletionOf(county.runtime.db, county.countyId, fromDay, toDay, today);
    expect(await asOf(`${month}-15`)).toEqual([{ areaId: east, due: 2, doneOnTime: 1 }]); // the 10th's is late; the 20th's not due yet
    expect(await asOf(`${month}-20`)).toEqual([{ areaId: east, due: 2, doneOnTime: 1 }]); // due today: not late yet
    expect(await asOf(`${month}-21`)).toEqual([{ areaId: east, due: 3, doneOnTime: 1 }]);
    // 城西片区's one task is not due yet on the 21st: no data for its area
  });
});

describe('月度考核: the weights', () => {
  it('the admin sets them; they must be whole numbers 0–100 adding up to 100, or nothing changes and the admin reads why', async () => {
    const county = await seedCounty(t.db);
    const admin = county.as('admin');
    expect(data<any>(await admin('assessment', 'weights'))).toMatchObject({ custom: false, added: [] });
    const short = await admin('assessment', 'setWeights', { weights: { inspections: 30, reportsOnTime: 20, reportsSatisfaction: 15, questionnaires: 15, tasks: 10 } });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '各项权重加起来要正好是100，现在是90' } });
    const negative = await admin('assessment', 'setWeights', { weights: { inspections: -10, reportsOnTime: 50, reportsSatisfaction: 30, questionnaires: 30, tasks: 0 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '「督查暗访得分率」的权重要在0到100之间' } });
    const fourOnly = await admin('assessment', 'setWeights', { weights: { inspections: 40, reportsOnTime: 20, reportsSatisfaction: 20, questionnaires: 20 } });
    expect(fourOnly).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请填写「任务完成」的权重' } });
    expect(data<any>(await admin('assessment', 'weights')).parts.map((p: any) => [p.label, p.weight])).toEqual([
      ['督查暗访得分率', 30],
      ['随手拍按时办结', 20],
      ['随手拍群众满意度', 15],
      ['问卷满意度', 15],
      ['任务完成', 20],
    ]);

    const set = data<any>(await admin('assessment', 'setWeights', { weights: { inspections: 50, reportsOnTime: 25, reportsSatisfaction: 25, questionnaires: 0, tasks: 0 } }));
    expect(set).toMatchObject({ custom: true });
    expect(set.parts.map((p: any) => p.weight)).toEqual([50, 25, 25, 0, 0]);
    expect(errorCode(await county.as('staff')('assessment', 'setWeights', { weights: { inspections: 100, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 0, tasks: 0 } }))).toBe('FORBIDDEN');
  });

  it('a county that saved its four weights before 任务完成 existed keeps them: the new part reads 0 (still adding up to 100) until the admin sets it', async () => {
    const county = await seedCounty(t.db);
    const saved = { inspections: 40, reportsOnTime: 30, reportsSatisfaction: 20, questionnaires: 10 };
    await county.runtime.db
      .insertInto('assessmentWeights')
      .values(Object.entries(saved).map(([part, weight]) => ({ countyId: county.countyId, part, weight, updatedBy: county.people.admin.userId, updatedAt: new Date() })))
      .execute();
    const admin = county.as('admin');
    const weights = data<any>(await admin('assessment', 'weights'));
    expect(weights).toMatchObject({ custom: true, added: ['tasks'] });
    expect(weights.parts.map((p: any) => [p.part, p.weight])).toEqual([['inspections', 40], ['reportsOnTime', 30], ['reportsSatisfaction', 20], ['questionnaires', 10], ['tasks', 0]]);
    // the demo's overdue task of 城东片区 is not counted while 任务完成 weighs 0
    const draft = data<any>(await admin('assessment', 'preview', { month: monthOf(new Date()) }));
    for (const row of draft.rows) expect(partOf(row, 'tasks')).toMatchObject({ weight: 0, effectiveWeight: 0 });
    // the weights page sends all five back, as the admin set them
    const set = data<any>(await admin('assessment', 'setWeights', { weights: { ...saved, inspections: 30, tasks: 10 } }));
    expect(set).toMatchObject({ custom: true, added: [] });
    expect(set.parts.map((p: any) => p.weight)).toEqual([30, 30, 20, 10, 10]);
  });
});

describe('月度考核: publishing the monthly ranking', () => {
  it('before publishing only the command centre sees the month: a resident and the community staff get nothing', async () => {
    const county = await seedCounty(t.db);
    await monthWithData(county);
    const month = monthOf(new Date());
    expect(data(await county.as('resident')('assessment', 'ranking', {}))).toEqual({ months: [], ranking: null });
    expect(errorCode(await county.as('resident')('assessment', 'ranking', { month }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('staff')('assessment', 'ranking', { month }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('resident')('assessment', 'preview', { month }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('assessment', 'preview', { month }))).toBe('FORBIDDEN');
  });

  it('freezes the figures: later data and new weights never change a published month; publishing twice is refused', async () => {
    const county = await seedCounty(t.db);
    const { surveyId } = await monthWithData(county);
    const month = monthOf(new Date());
    const published = data<any>(await county.as('admin')('assessment', 'publish', { month }));
    expect(published.status).toBe('published');
    const before = rowOf(published, '幸福里社区');

    // more data, and new weights, after publishing
    await caseOf(county, '幸福里社区', { dueIn: -1 });
    data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: surveyId, communityId: county.communities['幸福里社区'], answers: goodAnswers({ q3: 1 }) }));
    data(await county.as('admin')('assessment', 'setWeights', { weights: { inspections: 100, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 0, tasks: 0 } }));

    const read = data<any>(await county.as('resident')('assessment', 'ranking', {}));
    expect(read.months).toEqual([month]);
    expect(rowOf(read.ranking, '幸福里社区')).toEqual(before);
    expect(read.ranking.weights.map((w: any) => w.weight)).toEqual([30, 20, 15, 15, 20]);
    expect(rowOf(data<any>(await county.as('admin')('assessment', 'preview', { month })), '幸福里社区')).toEqual(before);
    expect(await county.as('admin')('assessment', 'publish', { month })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个月的排名已经发布过了' } });
  });

  it('tells the community staff their place, once; another county’s ranking stays theirs', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    await monthWithData(county);
    const month = monthOf(new Date());
    data(await county.as('admin')('assessment', 'publish', { month }));

    const inbox = data<any>(await county.as('staff')('inbox', 'list', {}));
    const told = JSON.stringify(inbox).match(/考核排名已发布/g) ?? [];
    expect(told).toHaveLength(1);
    expect(JSON.stringify(inbox)).toContain('幸福里社区得分');
    expect(JSON.stringify(inbox)).toContain('全县第1名（共1个社区）');
    expect(JSON.stringify(data(await county.as('resident')('inbox', 'list', {})))).not.toContain('考核排名');

    expect(data(await other.as('resident')('assessment', 'ranking', {}))).toEqual({ months: [], ranking: null });
    expect(errorCode(await other.as('resident')('assessment', 'ranking', { month }))).toBe('NOT_FOUND');
    expect(data<any>(await other.as('admin')('assessment', 'preview', { month })).status).toBe('draft');
  });

  it('a month published before 任务完成 existed keeps the four parts it was scored with', async () => {
    const county = await seedCounty(t.db);
    const db = county.runtime.db;
    const month = lastMonth();
    const four = { inspections: 40, reportsOnTime: 20, reportsSatisfaction: 20, questionnaires: 20 };
    await db.insertInto('assessmentMonths').values({ countyId: county.countyId, month, weights: JSON.stringify(four), publishedBy: county.people.admin.userId, publishedAt: new Date() }).execute();
    const parts = Object.entries(four).map(([part, weight]) => ({ part, label: part, weight, effectiveWeight: part === 'questionnaires' ? 100 : 0, score: part === 'questionnaires' ? 80 : null, basis: '' }));
    await db
      .insertInto('assessmentScores')
      .values({ countyId: county.countyId, month, communityId: county.communities['和平社区'], communityName: '和平社区', areaName: '城东片区', rank: 1, total: 80, parts: JSON.stringify(parts) })
      .execute();
    const read = data<any>(await county.as('resident')('assessment', 'ranking', { month }));
    expect(read.ranking.weights.map((w: any) => w.part)).toEqual(['inspections', 'reportsOnTime', 'reportsSatisfaction', 'questionnaires']);
    expect(rowOf(read.ranking, '和平社区').parts.map((p: any) => p.part)).toEqual(['inspections', 'reportsOnTime', 'reportsSatisfaction', 'questionnaires']);
  });

  it('refuses a month with no data at all, a month still to come, and a year before the campaign could be', async () => {
    const county = await seedCounty(t.db);
    await withoutDemoTasks(county);
    expect(await county.as('admin')('assessment', 'publish', { month: monthOf(new Date()) })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个月还没有任何考核数据，不能发布' } });
    expect(errorCode(await county.as('admin')('assessment', 'preview', { month: '2098-01' }))).toBe('VALIDATION');
    // The fuzz test's find: year 30 answered INTERNAL.
    expect(await county.as('admin')('assessment', 'preview', { month: '0030-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ field: 'month', message: '请选择2000年以后的月份' }] } });
  });
});
