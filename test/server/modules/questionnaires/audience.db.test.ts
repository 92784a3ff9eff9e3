import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, goodAnswers, moveHouse, surveyInput } from './questionnaire-fixtures';

const t = useTestDatabase();

const fieldsOf = (res: any): string[] => (res.ok ? [] : (res.error.details ?? []).map((d: any) => d.field));

describe('问卷: who builds, who answers, who reads the results', () => {
  it('staff build for their own community or a building in it, the admin for the county or anywhere; nobody else', async () => {
    const county = await seedCounty(t.db);
    const xingfuBuilding = county.buildings['幸福里社区/2号楼'];
    const hepingBuilding = county.buildings['和平社区/1号楼'];
    data(await county.as('staff')('questionnaires', 'create', surveyInput(county)));
    data(await county.as('staff')('questionnaires', 'create', surveyInput(county, undefined, { audienceType: 'building', audienceId: xingfuBuilding })));
    const countyWide = await county.as('staff')('questionnaires', 'create', surveyInput(county, undefined, { audienceType: 'county', audienceId: undefined }));
    expect(errorCode(countyWide)).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('questionnaires', 'create', surveyInput(county, undefined, { audienceType: 'building', audienceId: hepingBuilding })))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('questionnaires', 'create', surveyInput(county, undefined, { audienceId: county.communities['和平社区'] })))).toBe('FORBIDDEN');
    for (const person of ['resident', 'captain', 'volunteer', 'handler', 'team_lead'] as const) {
      expect(errorCode(await county.as(person)('questionnaires', 'create', surveyInput(county)))).toBe('FORBIDDEN');
      expect(data<any[]>(await county.as(person)('questionnaires', 'audiences', {}))).toEqual([]);
    }
    for (const audience of [{ audienceType: 'county', audienceId: undefined }, { audienceType: 'building', audienceId: hepingBuilding }, { audienceId: county.communities['柳树村'] }]) {
      data(await county.as('admin')('questionnaires', 'create', surveyInput(county, undefined, audience)));
    }
    // a place of another county is not found, even by that county's admin
    const elsewhere = await seedCounty(t.db);
    const foreign = await elsewhere.as('admin')('questionnaires', 'create', surveyInput(county));
    expect(errorCode(foreign)).toBe('VALIDATION');
    expect(fieldsOf(foreign)).toEqual(['audienceId']);

    const staffAudiences = data<any[]>(await county.as('staff')('questionnaires', 'audiences', {}));
    expect(staffAudiences.map((a) => a.name)).toEqual(['幸福里社区', '幸福里社区 1号楼', '幸福里社区 2号楼', '幸福里社区 3号楼']);
    const adminAudiences = data<any[]>(await county.as('admin')('questionnaires', 'audiences', {}));
    expect(adminAudiences[0]).toEqual({ type: 'county', id: county.countyId, name: '全县' });
    expect(adminAudiences).toHaveLength(1 + 4 + 12);

    const audits = await t.db.selectFrom('auditEvents').select(['action', 'actorRole']).where('countyId', '=', county.countyId).where('action', '=', 'questionnaire.created').execute();
    expect(audits.map((a) => a.actorRole).sort()).toEqual(['admin', 'admin', 'admin', 'staff', 'staff']);
  });

  it('refuses a malformed questionnaire and names the field', async () => {
    const county = await seedCounty(t.db);
    const make = (overrides: Record<string, unknown>) => county.as('staff')('questionnaires', 'create', surveyInput(county, undefined, overrides));
    const base = surveyInput(county).questions;
    const withQuestion = (i: number, q: Record<string, unknown>) => ({ questions: base.map((x, j) => (j === i ? { ...x, ...q } : x)) });
    const now = Date.now();
    const cases: [Record<string, unknown>, string][] = [
      [withQuestion(2, { kind: 'single', options: ['只有一个'] }), 'questions.2.options'],
      [withQuestion(0, { options: Array.from({ length: 11 }, (_, i) => `选项${i}`) }), 'questions.0.options'],
      [withQuestion(1, { options: ['楼道堆物', '乱停车', '楼道堆物'] }), 'questions.1.options.2'],
      [withQuestion(2, { options: ['1', '2'] }), 'questions.2.options'],
      [withQuestion(3, { title: '  ' }), 'questions.3.title'],
      [withQuestion(0, { kind: 'ranking' }), 'questions.0.kind'],
      [withQuestion(0, { title: '题'.repeat(101) }), 'questions.0.title'],
      [{ questions: [] }, 'questions'],
      [{ questions: Array.from({ length: 31 }, () => base[2]) }, 'questions'],
      [{ title: '调查' }, 'title'],
      [{ audienceType: 'community', audienceId: undefined }, 'audienceId'],
      [{ audienceType: 'street' }, 'audienceType'],
      [{ opensAt: new Date(now + 3_600_000).toISOString(), closesAt: new Date(now + 1_800_000).toISOString() }, 'closesAt'],
      [{ opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() }, 'closesAt'],
      [{ closesAt: 'next week' }, 'closesAt'],
      [{ anonymous: undefined }, 'anonymous'],
    ];
    for (const [overrides, field] of cases) {
      const res = await make(overrides);
      expect({ overrides, code: errorCode(res), fields: fieldsOf(res) }).toEqual({ overrides, code: 'VALIDATION', fields: expect.arrayContaining([field]) });
    }
    expect(errorCode(await make({ title: '关于赌博的调查' }))).toBe('VALIDATION');
    expect(await t.db.selectFrom('questionnaires').select('id').where('countyId', '=', county.countyId).where('createdBy', '=', county.people.staff.userId).execute()).toEqual([]);
  });

  it('a community questionnaire is for the people living there now: another community\'s resident, someone with no home and someone who moved away are refused', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'));
    const buildingOne = await createSurvey(county, county.as('staff'), undefined, { title: '1号楼电梯加装意见征集', audienceType: 'building', audienceId: county.buildings['幸福里社区/1号楼'] });

    // 赵志远 lives in 和平社区, 张秀兰 has no home yet, 王小明 is a child
    for (const person of ['volunteer', 'resident'] as const) {
      const res = await county.as(person)('questionnaires', 'detail', { questionnaireId });
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '这份问卷只请这个社区的居民填写' } });
      expect(errorCode(await county.as(person)('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }))).toBe('FORBIDDEN');
      const list = data<any>(await county.as(person)('questionnaires', 'list', {}));
      expect(list.forMe.map((q: any) => q.id)).toEqual([county.questionnaireId]);
      expect(list).toMatchObject({ managed: [], mayCreate: false });
    }
    expect(errorCode(await county.as('minor')('questionnaires', 'submit', { questionnaireId: county.questionnaireId, answers: {} }))).toBe('FORBIDDEN');
    // 李桂芳 lives in 幸福里 1号楼 2单元: building 1's is hers
    data(await county.as('captain')('questionnaires', 'detail', { questionnaireId: buildingOne }));
    // the shopkeeper lives in 幸福里 2号楼: the community's yes, building 1's no
    data(await county.as('shopkeeper')('questionnaires', 'detail', { questionnaireId }));
    expect(errorCode(await county.as('shopkeeper')('questionnaires', 'submit', { questionnaireId: buildingOne, answers: goodAnswers() }))).toBe('FORBIDDEN');

    // 王建国 answers nothing yet, then moves to 和平社区: the old community's questionnaires are gone for him
    expect(data<any>(await county.as('guardian')('questionnaires', 'list', {})).forMe.map((q: any) => q.id).sort()).toEqual([county.questionnaireId, questionnaireId, buildingOne].sort());
    await moveHouse(t.db, county, county.people.guardian.userId, county.households['和平社区/1号楼/1单元/101']);
    expect(errorCode(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('guardian')('questionnaires', 'detail', { questionnaireId: buildingOne }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('guardian')('questionnaires', 'list', {})).forMe.map((q: any) => q.id)).toEqual([county.questionnaireId]);
    expect(data<any[]>(await county.as('guardian')('questionnaires', 'pending', {})).map((q) => q.id)).toEqual([county.questionnaireId]);
    // moved out with no new home: still the county's to answer
    await moveHouse(t.db, county, county.people.guardian.userId);
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId: county.questionnaireId, answers: { q1: 0, q2: 3, q3: 3, q4: 4, q5: 1, q6: [0] } }));
    expect(data<any[]>(await county.as('guardian')('questionnaires', 'pending', {}))).toEqual([]);

    // another county's people do not find it at all
    const elsewhere = await seedCounty(t.db);
    expect(errorCode(await elsewhere.as('admin')('questionnaires', 'detail', { questionnaireId }))).toBe('NOT_FOUND');
    expect(errorCode(await elsewhere.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }))).toBe('NOT_FOUND');
  });

  it('lists open ones first with the answered flag, and 首页\'s to-do holds the open unanswered ones only', async () => {
    const { clock, set, advanceHours } = movableClock('2000-01-01T00:00:00Z');
    const county = await seedCounty(t.db, { clock });
    // The test's time starts when the seeded county-wide survey opened (the seed stamps it with the wall clock).
    const seeded = await t.db.selectFrom('questionnaires').select('opensAt').where('id', '=', county.questionnaireId).executeTakeFirstOrThrow();
    set(seeded.opensAt.toISOString());
    const now = clock.now().getTime();
    const closed = await createSurvey(county, county.as('staff'), undefined, { title: '已经结束的问卷', opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() });
    const upcoming = await createSurvey(county, county.as('staff'), undefined, { title: '下周才开始的问卷', opensAt: new Date(now + 7 * 86_400_000).toISOString(), closesAt: new Date(now + 9 * 86_400_000).toISOString() });
    const open = await createSurvey(county, county.as('staff'), new Date(now), { title: '正在进行的问卷' });
    // two hours on: the first has closed, the others are as they were
    advanceHours(2);
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId: open, answers: goodAnswers() }));

    const list = data<any>(await county.as('guardian')('questionnaires', 'list', {}));
    // open ones first (closing soonest first), then upcoming, then closed
    expect(list.forMe.map((q: any) => [q.id, q.state, q.answered])).toEqual([
      [open, 'open', true],
      [county.questionnaireId, 'open', false],
      [upcoming, 'upcoming', false],
      [closed, 'closed', false],
    ]);
    expect(list.forMe.find((q: any) => q.id === open)).toMatchObject({ audienceName: '幸福里社区', answerCount: 1, questionCount: 4, inAudience: true, manages: false, anonymous: true });
    expect(data<any[]>(await county.as('guardian')('questionnaires', 'pending', {})).map((q) => q.id)).toEqual([county.questionnaireId]);

    // staff see what they manage (their community's and the county's); the admin everything
    const staff = data<any>(await county.as('staff')('questionnaires', 'list', {}));
    expect(staff.mayCreate).toBe(true);
    expect(staff.managed.map((q: any) => q.id).sort()).toEqual([county.questionnaireId, county.childrenQuestionnaireId, closed, upcoming, open].sort());
    expect(staff.managed.every((q: any) => q.manages)).toBe(true);
    const heping = await addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);
    expect(data<any>(await heping.call('questionnaires', 'list', {})).managed.map((q: any) => q.id).sort()).toEqual([county.questionnaireId, county.childrenQuestionnaireId].sort());
    expect(data<any>(await county.as('admin')('questionnaires', 'list', {})).managed).toHaveLength(5);
  });

  it('only staff of its community and the admin read results and export; a county-wide one, every community\'s staff', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'));
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }));
    const heping = await addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);
    const elsewhere = await seedCounty(t.db);

    for (const action of ['results', 'exportCsv', 'textAnswers'] as const) {
      const input = action === 'textAnswers' ? { questionnaireId, questionId: 'q4' } : { questionnaireId };
      data(await county.as('staff')('questionnaires', action, input));
      data(await county.as('admin')('questionnaires', action, input));
      for (const person of ['guardian', 'captain', 'shopkeeper'] as const) {
        expect({ action, person, code: errorCode(await county.as(person)('questionnaires', action, input)) }).toEqual({ action, person, code: 'FORBIDDEN' });
      }
      expect(errorCode(await county.as('volunteer')(`questionnaires`, action, input))).toBe('FORBIDDEN');
      expect(errorCode(await heping.call('questionnaires', action, input))).toBe('FORBIDDEN');
      expect(errorCode(await elsewhere.as('admin')('questionnaires', action, input))).toBe('NOT_FOUND');
    }
    // the seeded county-wide survey: 和平社区's staff read it too; a resident does not
    data(await heping.call('questionnaires', 'results', { questionnaireId: county.questionnaireId }));
    expect(errorCode(await county.as('guardian')('questionnaires', 'results', { questionnaireId: county.questionnaireId }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('questionnaires', 'textAnswers', { questionnaireId, questionId: 'q1' }))).toBe('NOT_FOUND');
  });
});
