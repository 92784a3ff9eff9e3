import { randomUUID } from 'node:crypto';
import { monthOf } from '../../../../server/modules/assessment/domain/scoring';
import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { answers, roundWith } from '../inspections/inspection-fixtures';
import { createSurvey, goodAnswers } from '../questionnaires/questionnaire-fixtures';

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

const rowOf = (month: any, community: string) => month.rows.find((r: any) => r.communityName === community);
const partOf = (row: any, part: string) => row.parts.find((p: any) => p.part === part);

/** 幸福里社区 with data in every part this month; the inspection's score rate returned. */
async function monthWithData(county: TestCounty): Promise<{ inspectionRate: number; surveyId: string }> {
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
  it('combines the inspection score rate, 随手拍 on time and satisfaction, and questionnaire satisfaction by the weights', async () => {
    const county = await seedCounty(t.db);
    const { inspectionRate } = await monthWithData(county);
    const month = data<any>(await county.as('admin')('assessment', 'preview', { month: monthOf(new Date()) }));
    expect(month.status).toBe('draft');
    const xingfu = rowOf(month, '幸福里社区');
    expect(partOf(xingfu, 'inspections').score).toBe(inspectionRate);
    expect(partOf(xingfu, 'reportsOnTime')).toMatchObject({ score: 33.3, basis: '到期3件，按时办结1件' });
    expect(partOf(xingfu, 'reportsSatisfaction')).toMatchObject({ score: 75, basis: '2位居民评价，平均4.0星' });
    expect(partOf(xingfu, 'questionnaires')).toMatchObject({ score: 75, basis: '3份问卷，平均4.0分' });
    expect(xingfu.total).toBe(Math.round((inspectionRate * 40 + 33.3 * 20 + 75 * 20 + 75 * 20) / 10) / 10);
    expect(xingfu.rank).toBe(1);
    // the other communities have no data: no total, unranked, not a zero
    expect(rowOf(month, '新华社区')).toMatchObject({ total: null, rank: null });
  });

  it('re-weights over the parts that have data: a community with only questionnaires scores their satisfaction, not a fraction of it', async () => {
    const county = await seedCounty(t.db);
    const surveyId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined, anonymous: false });
    data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: surveyId, communityId: county.communities['和平社区'], answers: goodAnswers({ q3: 5 }) }));
    const heping = rowOf(data<any>(await county.as('admin')('assessment', 'preview', { month: monthOf(new Date()) })), '和平社区');
    expect(heping.total).toBe(100);
    expect(heping.parts.map((p: any) => [p.part, p.score, p.weight, p.effectiveWeight])).toEqual([
      ['inspections', null, 40, 0],
      ['reportsOnTime', null, 20, 0],
      ['reportsSatisfaction', null, 20, 0],
      ['questionnaires', 100, 20, 100],
    ]);
  });
});

describe('月度考核: the weights', () => {
  it('the admin sets them; they must be whole numbers 0–100 adding up to 100, or nothing changes and the admin reads why', async () => {
    const county = await seedCounty(t.db);
    const admin = county.as('admin');
    expect(data<any>(await admin('assessment', 'weights')).custom).toBe(false);
    const short = await admin('assessment', 'setWeights', { weights: { inspections: 40, reportsOnTime: 20, reportsSatisfaction: 20, questionnaires: 10 } });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '各项权重加起来要正好是100，现在是90' } });
    const negative = await admin('assessment', 'setWeights', { weights: { inspections: -10, reportsOnTime: 50, reportsSatisfaction: 30, questionnaires: 30 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '「督查暗访得分率」的权重要在0到100之间' } });
    expect(data<any>(await admin('assessment', 'weights')).parts.map((p: any) => p.weight)).toEqual([40, 20, 20, 20]);

    const set = data<any>(await admin('assessment', 'setWeights', { weights: { inspections: 50, reportsOnTime: 25, reportsSatisfaction: 25, questionnaires: 0 } }));
    expect(set).toMatchObject({ custom: true });
    expect(set.parts.map((p: any) => p.weight)).toEqual([50, 25, 25, 0]);
    expect(errorCode(await county.as('staff')('assessment', 'setWeights', { weights: { inspections: 100, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 0 } }))).toBe('FORBIDDEN');
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
    data(await county.as('admin')('assessment', 'setWeights', { weights: { inspections: 100, reportsOnTime: 0, reportsSatisfaction: 0, questionnaires: 0 } }));

    const read = data<any>(await county.as('resident')('assessment', 'ranking', {}));
    expect(read.months).toEqual([month]);
    expect(rowOf(read.ranking, '幸福里社区')).toEqual(before);
    expect(read.ranking.weights.map((w: any) => w.weight)).toEqual([40, 20, 20, 20]);
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

  it('refuses a month with no data at all, and a month still to come', async () => {
    const county = await seedCounty(t.db);
    expect(await county.as('admin')('assessment', 'publish', { month: monthOf(new Date()) })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个月还没有任何考核数据，不能发布' } });
    expect(errorCode(await county.as('admin')('assessment', 'preview', { month: '2999-01' }))).toBe('VALIDATION');
  });
});
