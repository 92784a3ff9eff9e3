import { beijingDay } from '../../../../server/core/clock';
import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, goodAnswers } from './questionnaire-fixtures';

const t = useTestDatabase();

describe('问卷 代填: a volunteer enters a passer-by’s answers', () => {
  it('counts each entry apart from self-answers, stored with the volunteer and the passer-by’s community, any number per volunteer', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
    const xingfu = county.communities['幸福里社区'];
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }));
    for (let i = 0; i < 2; i++) {
      data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId, communityId: xingfu, answers: goodAnswers({ q3: 5 }) }));
    }
    const results = data<any>(await county.as('staff')('questionnaires', 'results', { questionnaireId }));
    expect(results).toMatchObject({ answerCount: 3, selfCount: 1, proxyCount: 2 });
    expect(results.questions[2].rating.counts).toEqual([0, 0, 0, 1, 2]);

    const rows = await t.db.selectFrom('questionnaireAnswers').select(['respondentId', 'enteredBy', 'communityId']).where('questionnaireId', '=', questionnaireId).execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { respondentId: county.people.guardian.userId, enteredBy: null, communityId: xingfu },
        { respondentId: null, enteredBy: county.people.volunteer.userId, communityId: xingfu },
      ]),
    );
    expect(rows.filter((r) => r.enteredBy !== null)).toHaveLength(2);
    // the volunteer's own one answer is still theirs to give (they do not live in 幸福里: this one is not for them)
    expect(errorCode(await county.as('volunteer')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }))).toBe('FORBIDDEN');
  });

  it('lists the open county-wide and community questionnaires with every community to pick, and today’s entries against the cap', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
    const building = await createSurvey(county, county.as('staff'), undefined, { title: '1号楼加装电梯意见征询', audienceType: 'building', audienceId: county.buildings['幸福里社区/1号楼'] });
    data(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId, communityId: county.communities['幸福里社区'], answers: goodAnswers() }));
    const list = data<any>(await county.as('volunteer')('questionnaires', 'proxyList'));
    const ids = list.questionnaires.map((q: any) => q.id);
    expect(ids).toContain(questionnaireId);
    expect(ids).not.toContain(building);
    expect(list.questionnaires.find((q: any) => q.id === questionnaireId).questions).toHaveLength(4);
    expect(list.communities.map((c: any) => c.name)).toEqual(expect.arrayContaining(['幸福里社区', '和平社区', '新华社区', '柳树村']));
    expect(list).toMatchObject({ enteredToday: 1, dailyCap: 60 });
    expect(errorCode(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: building, communityId: county.communities['幸福里社区'], answers: goodAnswers() }))).toBe('FORBIDDEN');
  });

  it('refuses a resident who is not a volunteer, a community outside a community questionnaire, and bad answers — writing nothing', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
    const entry = (communityId: string, answers = goodAnswers()) => ({ questionnaireId, communityId, answers });
    expect(await county.as('guardian')('questionnaires', 'proxySubmit', entry(county.communities['幸福里社区']))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '注册成为志愿者后才能帮居民代填问卷' },
    });
    expect(await county.as('volunteer')('questionnaires', 'proxySubmit', entry(county.communities['和平社区']))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '这份问卷只问本社区的居民，请选对社区' },
    });
    expect(errorCode(await county.as('volunteer')('questionnaires', 'proxySubmit', entry(county.communities['幸福里社区'], goodAnswers({ q3: 9 }))))).toBe('VALIDATION');
    const q = await t.db.selectFrom('questionnaires').select(['answerCount', 'proxyCount']).where('id', '=', questionnaireId).executeTakeFirstOrThrow();
    expect(q).toEqual({ answerCount: 0, proxyCount: 0 });
    expect(await t.db.selectFrom('questionnaireProxyDays').selectAll().where('volunteerId', '=', county.people.volunteer.userId).execute()).toEqual([]);
  });

  it('20 entries submitted at once by one volunteer are all counted, once each: no entry lost or counted twice', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined, anonymous: false });
    const volunteer = county.as('volunteer');
    await Promise.all(Array.from({ length: 20 }, () => volunteer('questionnaires', 'proxyList'))); // open the connections first
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => volunteer('questionnaires', 'proxySubmit', { questionnaireId, communityId: county.communities['和平社区'], answers: goodAnswers({ q3: (i % 5) + 1 }) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    const q = await t.db.selectFrom('questionnaires').select(['answerCount', 'proxyCount']).where('id', '=', questionnaireId).executeTakeFirstOrThrow();
    expect(q).toEqual({ answerCount: 20, proxyCount: 20 });
    const answers = await t.db.selectFrom('questionnaireAnswers').select('id').where('questionnaireId', '=', questionnaireId).execute();
    expect(answers).toHaveLength(20);
    const rating = data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId })).questions[2].rating;
    expect(rating.counts).toEqual([4, 4, 4, 4, 4]);
    expect(data<any>(await volunteer('questionnaires', 'proxyList')).enteredToday).toBe(20);
  });

  it('keeps a volunteer to the daily cap when the last entries race: 10 at once with 3 left count exactly 3', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined, anonymous: false });
    const volunteer = county.as('volunteer');
    await t.db
      .insertInto('questionnaireProxyDays')
      .values({ volunteerId: county.people.volunteer.userId, day: beijingDay(new Date()), countyId: county.countyId, entries: 57 })
      .execute();
    await Promise.all(Array.from({ length: 20 }, () => volunteer('questionnaires', 'proxyList'))); // open the connections first
    const results = await Promise.all(
      Array.from({ length: 10 }, () => volunteer('questionnaires', 'proxySubmit', { questionnaireId, communityId: county.communities['和平社区'], answers: goodAnswers() })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: '今天已经代填60份了，辛苦了！明天再来吧' } });
    const q = await t.db.selectFrom('questionnaires').select(['answerCount', 'proxyCount']).where('id', '=', questionnaireId).executeTakeFirstOrThrow();
    expect(q).toEqual({ answerCount: 3, proxyCount: 3 });
    expect(data<any>(await volunteer('questionnaires', 'proxyList')).enteredToday).toBe(60);
  });
});
