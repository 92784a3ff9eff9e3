import { ratingsByCommunity } from '../../../../server/modules/questionnaires/facade';
import { beijingDay } from '../../../../server/core/clock';
import { addPeople, data, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, flushAll, goodAnswers, moveHouse } from './questionnaire-fixtures';

const t = useTestDatabase();

/** `count` residents living in `home` (a household key of the demo county). */
async function residentsOf(county: TestCounty, home: string, count: number) {
  const people = await addPeople(county, count);
  for (const p of people) await moveHouse(t.db, county, p.userId, county.households[home]);
  return people;
}

const today = () => beijingDay(new Date());
const tomorrow = () => beijingDay(new Date(Date.now() + 24 * 3_600_000));

describe('问卷满意度 by community from anonymous answers: counted by fives, never one person at a time', () => {
  it('a community\'s anonymous ratings reach its satisfaction only once five of its people rated; the answers themselves carry no community', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined });
    const xingfu = await residentsOf(county, '幸福里社区/1号楼/1单元/301', 5);
    const heping = await residentsOf(county, '和平社区/1号楼/1单元/101', 2);
    for (const [i, p] of xingfu.entries()) data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q3: i < 3 ? 5 : 2 }) }));
    for (const p of heping) data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q3: 1 }) }));
    expect(await flushAll(t.db, county)).toBe(7);

    const byCommunity = async () => new Map((await ratingsByCommunity(t.db, county.countyId, today(), tomorrow())).map((r) => [r.communityId, r]));
    // 幸福里社区: five ratings, 3×5 + 2×2; 和平社区's two wait (sealed) until three more of its people rate
    let rows = await byCommunity();
    expect(rows.get(county.communities['幸福里社区'])).toEqual({ communityId: county.communities['幸福里社区'], answers: 5, ratings: 5, ratingSum: 19 });
    expect(rows.has(county.communities['和平社区'])).toBe(false);
    const answers = await t.db.selectFrom('questionnaireAnswers').select('communityId').where('questionnaireId', '=', questionnaireId).execute();
    expect(answers.every((a) => a.communityId === null)).toBe(true);
    const waiting = await t.db.selectFrom('questionnaireCommunityPending').selectAll().where('questionnaireId', '=', questionnaireId).execute();
    expect(waiting.map((w) => w.communityId)).toEqual([county.communities['和平社区']]);
    expect(waiting[0].sealed.includes(Buffer.from([0, 0, 0, 2]))).toBe(false); // the count is not readable

    // Three more from 和平社区: its five are published together, and nothing waits
    for (const p of await residentsOf(county, '和平社区/1号楼/1单元/101', 3)) data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q3: 3 }) }));
    expect(await flushAll(t.db, county)).toBe(3);
    rows = await byCommunity();
    expect(rows.get(county.communities['和平社区'])).toMatchObject({ answers: 5, ratings: 5, ratingSum: 1 + 1 + 3 + 3 + 3 });
    expect(await t.db.selectFrom('questionnaireCommunityPending').select('communityId').where('questionnaireId', '=', questionnaireId).execute()).toEqual([]);
    // every published step holds at least five answers
    const steps = await t.db.selectFrom('questionnaireCommunityRatings').select(['communityId', 'answers']).where('questionnaireId', '=', questionnaireId).execute();
    expect(steps.every((s) => s.answers >= 5)).toBe(true);
  });

  it('a 小手拉大手 questionnaire\'s ratings never reach 问卷满意度, even when five children of one community rated', async () => {
    const county = await seedCounty(t.db);
    const kids = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined, title: '小手拉大手：我眼中的文明小区', forChildren: true });
    const children = await addPeople(county, 5, { isMinor: true });
    for (const child of children) await moveHouse(t.db, county, child.userId, county.households['幸福里社区/1号楼/1单元/301']);
    for (const child of children) data(await child.call('questionnaires', 'submit', { questionnaireId: kids, answers: goodAnswers({ q3: 1 }) }));
    expect(await flushAll(t.db, county)).toBe(5);

    expect(await ratingsByCommunity(t.db, county.countyId, today(), tomorrow())).toEqual([]);
    expect(await t.db.selectFrom('questionnaireCommunityPending').select('communityId').where('questionnaireId', '=', kids).execute()).toEqual([]);
    // the children's own results still hold every rating
    const results = data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId: kids }));
    expect(results.answerCount).toBe(5);
  });

  it('the monthly assessment\'s 问卷满意度 counts a community\'s anonymous ratings with its named ones', async () => {
    const county = await seedCounty(t.db);
    const anonymous = await createSurvey(county, county.as('staff'));
    for (const p of await residentsOf(county, '幸福里社区/1号楼/1单元/301', 5)) data(await p.call('questionnaires', 'submit', { questionnaireId: anonymous, answers: goodAnswers({ q3: 4 }) }));
    await flushAll(t.db, county);
    const named = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId: named, answers: goodAnswers({ q3: 2 }) }));

    const month = today().slice(0, 7);
    const preview = data<any>(await county.as('admin')('assessment', 'preview', { month }));
    const xingfu = preview.rows.find((r: any) => r.communityName === '幸福里社区');
    expect(xingfu.parts.find((p: any) => p.part === 'questionnaires')).toMatchObject({ basis: '6份问卷，平均3.7分' });
  });
});
