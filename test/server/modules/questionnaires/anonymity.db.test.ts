import { addPeople, addPerson, data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, flushAll, goodAnswers } from './questionnaire-fixtures';

const t = useTestDatabase();

const SEEDED_ANSWERS = { q1: 1, q2: 4, q3: 3, q4: 5, q5: 2, q6: [0, 3], q7: 4, q8: '希望多建几个停车场' };

describe('问卷: anonymous answers point at nobody; named ones name only to their own scope', () => {
  it('anonymous: no response (list, detail, pending, results, text answers, export) and no stored row links the answer to its author', async () => {
    const county = await seedCounty(t.db);
    const [person] = await addPeople(county, 1, { name: '钟离秋月' });
    const user = await t.db.selectFrom('users').select(['id', 'name', 'openid']).where('id', '=', person.userId).executeTakeFirstOrThrow();
    const questionnaireId = county.questionnaireId;
    data(await person.call('questionnaires', 'submit', { questionnaireId, answers: SEEDED_ANSWERS }));
    // and others, so the answer is one among several
    for (const key of ['guardian', 'captain', 'staff'] as const) data(await county.as(key)('questionnaires', 'submit', { questionnaireId, answers: { ...SEEDED_ANSWERS, q8: `${key}的建议` } }));
    // held until the scheduler counts them in a batch; the results say so
    expect(data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId }))).toMatchObject({ answerCount: 0, waiting: 4 });
    expect(await flushAll(t.db, county)).toBe(4);

    const heping = await addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);
    const responses: unknown[] = [];
    for (const call of [county.as('staff'), county.as('admin'), heping.call]) {
      responses.push(
        data(await call('questionnaires', 'results', { questionnaireId })),
        data(await call('questionnaires', 'textAnswers', { questionnaireId, questionId: 'q8' })),
        data(await call('questionnaires', 'exportCsv', { questionnaireId })),
        data(await call('questionnaires', 'list', {})),
        data(await call('questionnaires', 'detail', { questionnaireId })),
      );
    }
    responses.push(
      data(await person.call('questionnaires', 'list', {})),
      data(await person.call('questionnaires', 'detail', { questionnaireId })),
      data(await person.call('questionnaires', 'pending', {})),
    );
    const everything = JSON.stringify(responses);
    expect(everything).toContain('希望多建几个停车场');
    for (const trace of [user.id, user.name, user.openid]) expect(everything).not.toContain(trace);

    // the export has no column that could name anyone
    const { csv } = data<any>(await county.as('admin')('questionnaires', 'exportCsv', { questionnaireId }));
    expect(csv.split('\r\n')[0]).toBe('\ufeff序号,计入日期,1. 您知道我县正在创建全国文明城市吗？,2. 您对城区市容环境卫生（街道清扫、垃圾清运、公厕保洁）满意吗？,3. 您对城区交通秩序（车辆礼让行人、停车入位、电动车守规）满意吗？,4. 您对政务服务窗口（办事效率、服务态度）满意吗？,5. 近一年来，您参加过志愿服务活动吗？,6. 您觉得身边最需要改进的是哪些方面？（可多选）,7. 您对所在社区（村）新时代文明实践站的活动满意吗？,8. 对创建文明城市，您还有哪些意见和建议？');
    const texts = data<any>(await county.as('admin')('questionnaires', 'textAnswers', { questionnaireId, questionId: 'q8' }));
    expect(texts.items.every((i: any) => i.name === null)).toBe(true);

    // stored: the answer names nobody and keeps only the day; who answered names no answer; no audit entry of the submit
    const answers = await t.db.selectFrom('questionnaireAnswers').selectAll().where('questionnaireId', '=', questionnaireId).execute();
    expect(answers).toHaveLength(4);
    expect(answers.every((a) => a.respondentId === null && /^\d{4}-\d{2}-\d{2}$/.test(a.submittedOn))).toBe(true);
    expect(Object.keys(answers[0]).sort()).toEqual(['answers', 'communityId', 'countyId', 'enteredBy', 'id', 'questionnaireId', 'respondentId', 'submittedOn']);
    // an anonymous self-answer carries no community (the monthly assessment's breakdown) and no volunteer (代填 entries only)
    expect(answers.every((a) => a.communityId === null && a.enteredBy === null)).toBe(true);
    const rows = JSON.stringify(answers);
    for (const trace of [user.id, user.name, user.openid]) expect(rows).not.toContain(trace);
    const respondentColumns = await t.db.selectFrom('questionnaireRespondents').selectAll().where('userId', '=', user.id).execute();
    expect(respondentColumns).toEqual([{ questionnaireId, userId: user.id }]);
    const audits = await t.db.selectFrom('auditEvents').select('action').where('actorId', '=', user.id).execute();
    expect(audits).toEqual([]);
  });

  it('named: names beside the answers for the community\'s staff and the admin only; another community\'s staff read a county-wide one without names', async () => {
    const county = await seedCounty(t.db);
    const community = await createSurvey(county, county.as('staff'), undefined, { anonymous: false });
    const countyWide = await createSurvey(county, county.as('admin'), undefined, { anonymous: false, audienceType: 'county', audienceId: undefined });
    for (const questionnaireId of [community, countyWide]) {
      data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q2: [4, 1], q4: '=HYPERLINK("x"),楼道灯坏了' }) }));
      data(await county.as('captain')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q4: undefined }) }));
    }
    const stored = await t.db.selectFrom('questionnaireAnswers').select('respondentId').where('questionnaireId', '=', community).execute();
    expect(stored.map((s) => s.respondentId).sort()).toEqual([county.people.guardian.userId, county.people.captain.userId].sort());

    const { filename, csv } = data<any>(await county.as('staff')('questionnaires', 'exportCsv', { questionnaireId: community }));
    expect(filename).toBe('幸福里社区环境满意度调查-答卷.csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeff序号,提交日期,填写人,1. 您对小区的垃圾分类满意吗？,2. 小区里最需要整治的是？,3. 给物业服务打个分,4. 还有什么想说的？');
    expect(lines).toHaveLength(4); // header, two answers, the final CRLF
    const guardianLine = lines.find((l: string) => l.includes('王建国'))!;
    // options by their words (a multiple choice in the options' order), the formula defused and quoted
    expect(guardianLine).toMatch(/^\d,\d{4}-\d{2}-\d{2},王建国,基本满意,乱停车；宠物粪便,4,"'=HYPERLINK\(""x""\),楼道灯坏了"$/);
    expect(lines.find((l: string) => l.includes('李桂芳'))).toMatch(/,李桂芳,基本满意,楼道堆物；飞线充电,4,$/);

    const staffTexts = data<any>(await county.as('staff')('questionnaires', 'textAnswers', { questionnaireId: community, questionId: 'q4' }));
    expect(staffTexts.items).toEqual([{ text: '=HYPERLINK("x"),楼道灯坏了', day: expect.any(String), name: '王建国' }]);

    // county-wide and named: the admin sees names, 幸福里's staff (not its creator's scope) do not
    expect(data<any>(await county.as('admin')('questionnaires', 'exportCsv', { questionnaireId: countyWide })).csv).toContain('王建国');
    const staffView = data<any>(await county.as('staff')('questionnaires', 'exportCsv', { questionnaireId: countyWide })).csv;
    expect(staffView.split('\r\n')[0]).not.toContain('填写人');
    expect(staffView).not.toContain('王建国');
    expect(data<any>(await county.as('staff')('questionnaires', 'textAnswers', { questionnaireId: countyWide, questionId: 'q4' })).items[0].name).toBeNull();
  });

  it('text answers come a page at a time, each once, until the end', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined });
    const people = await addPeople(county, 25);
    for (const [i, p] of people.entries()) data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q4: `建议${i}` }) }));
    await flushAll(t.db, county);
    const seen: string[] = [];
    let after: string | undefined;
    const sizes: number[] = [];
    do {
      const page = data<any>(await county.as('admin')('questionnaires', 'textAnswers', { questionnaireId, questionId: 'q4', limit: 10, ...(after ? { after } : {}) }));
      sizes.push(page.items.length);
      seen.push(...page.items.map((i: any) => i.text));
      after = page.next ?? undefined;
    } while (after);
    expect(sizes).toEqual([10, 10, 5]);
    expect(new Set(seen).size).toBe(25);
  });
});
