import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, flushAll, goodAnswers, stored, surveyInput } from './questionnaire-fixtures';

const t = useTestDatabase();

const fieldsOf = (res: any): string[] => (res.ok ? [] : (res.error.details ?? []).map((d: any) => d.field));

/** 小手拉大手: a children's questionnaire for 幸福里社区, where the demo child 王小明 lives with his guardian 王建国. */
const forChildren = (county: TestCounty) =>
  createSurvey(county, county.as('staff'), undefined, { title: '小手拉大手：我眼中的文明小区', intro: '小朋友，说说你的想法吧！', forChildren: true });

/** The create input of a children's questionnaire for 幸福里社区. */
const surveyOf = (county: TestCounty) => surveyInput(county, undefined, { title: '小手拉大手：我眼中的文明小区', forChildren: true });

const ids = (list: { id: string }[]) => list.map((q) => q.id);

describe('问卷 for children (小手拉大手)', () => {
  it('is made for the county or a community, always anonymous; the form names the field otherwise', async () => {
    const county = await seedCounty(t.db);
    const named = await county.as('staff')('questionnaires', 'create', { ...surveyOf(county), anonymous: false });
    expect(errorCode(named)).toBe('VALIDATION');
    expect(fieldsOf(named)).toEqual(['anonymous']);
    const building = await county.as('staff')('questionnaires', 'create', { ...surveyOf(county), audienceType: 'building', audienceId: county.buildings['幸福里社区/1号楼'] });
    expect(errorCode(building)).toBe('VALIDATION');
    expect(fieldsOf(building)).toEqual(['audienceType']);
    data(await county.as('admin')('questionnaires', 'create', { ...surveyOf(county), audienceType: 'county', audienceId: undefined }));
    const audits = await t.db.selectFrom('auditEvents').select('data').where('countyId', '=', county.countyId).where('action', '=', 'questionnaire.created').execute();
    expect(audits.map((a) => (a.data as any).forChildren)).toEqual([true]);
  });

  it('is offered to the child — on their own WeChat and in child mode — and never to a grown-up; a grown-up\'s is never offered to the child', async () => {
    const county = await seedCounty(t.db);
    const childId = county.people.minor.userId;
    const kids = await forChildren(county);
    const grownUps = await createSurvey(county, county.as('staff'));
    for (const child of [county.as('minor'), county.asChild('guardian', childId)]) {
      const list = data<any>(await child('questionnaires', 'list'));
      // theirs, and the county's own for its children (the demo seeds one)
      expect(ids(list.forMe).sort()).toEqual([kids, county.childrenQuestionnaireId].sort());
      expect(list.forMe.find((q: any) => q.id === kids)).toMatchObject({ forChildren: true, inAudience: true, answered: false, audienceName: '幸福里社区' });
      expect(ids(data<any[]>(await child('questionnaires', 'pending'))).sort()).toEqual([kids, county.childrenQuestionnaireId].sort());
      expect(data<any>(await child('questionnaires', 'detail', { questionnaireId: kids })).questions).toHaveLength(4);
      expect(await child('questionnaires', 'detail', { questionnaireId: grownUps })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '这份问卷请家里的大人来填写' } });
      expect(errorCode(await child('questionnaires', 'submit', { questionnaireId: grownUps, answers: goodAnswers() }))).toBe('FORBIDDEN');
    }
    // the guardian, on his own, is offered the grown-ups' one only, and may not answer the children's for the child
    const guardian = county.as('guardian');
    expect(ids(data<any>(await guardian('questionnaires', 'list')).forMe)).not.toContain(kids);
    expect(ids(data<any>(await guardian('questionnaires', 'list')).forMe)).toContain(grownUps);
    expect(ids(data<any[]>(await guardian('questionnaires', 'pending')))).not.toContain(kids);
    expect(await guardian('questionnaires', 'submit', { questionnaireId: kids, answers: goodAnswers() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '这份问卷是给小朋友们填的，请让孩子自己来填写' },
    });
    // a volunteer cannot enter it for a passer-by
    expect(ids(data<any>(await county.as('volunteer')('questionnaires', 'proxyList')).questionnaires)).not.toContain(kids);
    expect(errorCode(await county.as('volunteer')('questionnaires', 'proxySubmit', { questionnaireId: kids, communityId: county.communities['幸福里社区'], answers: goodAnswers() }))).toBe('FORBIDDEN');
    // the staff who made it manage it like any other
    const managed = data<any>(await county.as('staff')('questionnaires', 'list')).managed;
    expect(managed.find((q: any) => q.id === kids)).toMatchObject({ forChildren: true, manages: true, inAudience: false });
    expect(await t.db.selectFrom('questionnaireRespondents').selectAll().where('questionnaireId', 'in', [kids, grownUps]).execute()).toEqual([]);
  });

  it('an answer in child mode is the child\'s, counted once: the child cannot answer again on their own WeChat, and no answer names anyone', async () => {
    const county = await seedCounty(t.db);
    const childId = county.people.minor.userId;
    const kids = await forChildren(county);
    expect(data<any>(await county.asChild('guardian', childId)('questionnaires', 'submit', { questionnaireId: kids, answers: goodAnswers() }))).toEqual({ answerCount: 1 });
    expect(await county.as('minor')('questionnaires', 'submit', { questionnaireId: kids, answers: goodAnswers() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(data<any>(await county.as('minor')('questionnaires', 'detail', { questionnaireId: kids }))).toMatchObject({ answered: true, answerCount: 1 });
    expect(ids(data<any[]>(await county.as('minor')('questionnaires', 'pending')))).toEqual([county.childrenQuestionnaireId]);

    expect(await flushAll(t.db, county)).toBe(1);
    const db = await stored(t.db, kids);
    expect(db.respondents.map((r) => r.userId)).toEqual([childId]); // the child's, not the guardian's
    expect(db.answers).toHaveLength(1);
    expect(db.answers[0]).toMatchObject({ respondentId: null, communityId: null, enteredBy: null });
    expect(db.answerCount).toBe(1);
    const results = data<any>(await county.as('staff')('questionnaires', 'results', { questionnaireId: kids }));
    expect(results).toMatchObject({ answerCount: 1, selfCount: 1, proxyCount: 0, waiting: 0 });
  });

  it('one answer per child: 20 racing submits, half on the child\'s own WeChat and half in child mode on the guardian\'s phone, leave one', async () => {
    const county = await seedCounty(t.db);
    const childId = county.people.minor.userId;
    const kids = await forChildren(county);
    const own = county.as('minor');
    const childMode = county.asChild('guardian', childId);
    // open the connections first, so the racing submits meet at the respondents' key
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? own : childMode)('questionnaires', 'pending')));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? own : childMode)('questionnaires', 'submit', { questionnaireId: kids, answers: goodAnswers() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经提交过了，感谢参与' } });
    expect(await flushAll(t.db, county)).toBe(1);
    const db = await stored(t.db, kids);
    expect(db.respondents.map((r) => r.userId)).toEqual([childId]);
    expect(db.answers).toHaveLength(1);
    expect(db.answerCount).toBe(1);
  });
});
