import { addPeople, data, errorCode, seedCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, flushAll, goodAnswers, stored } from './questionnaire-fixtures';

const t = useTestDatabase();

/** Recounts the tallies from the stored answers, as the counters should have them. */
function recount(answers: { answers: Record<string, unknown> }[], kinds: Record<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const { answers: a } of answers) {
    for (const [q, v] of Object.entries(a)) {
      add(`${q}/answered`);
      if (kinds[q] === 'multiple') (v as string[]).forEach((c) => add(`${q}/${c}`));
      else if (kinds[q] !== 'text') add(`${q}/${v}`);
    }
  }
  return counts;
}

describe('问卷: submitting answers', () => {
  it('one answer per person: 50 simultaneous submits by one person leave exactly one answer, the rest hear 您已经提交过了', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'));
    const results = await Promise.all(Array.from({ length: 50 }, () => county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经提交过了，感谢参与' } });

    // anonymous: one answer held (sealed) until the scheduler counts it
    expect((await stored(t.db, questionnaireId)).held).toHaveLength(1);
    expect(await flushAll(t.db, county)).toBe(1);
    const db = await stored(t.db, questionnaireId);
    expect(db.held).toHaveLength(0);
    expect(db.respondents).toHaveLength(1);
    expect(db.answers).toHaveLength(1);
    expect(db.answerCount).toBe(1);
    expect(db.tallies.find((x) => x.questionId === 'q3' && x.choice === '4')?.count).toBe(1);
    // and later, too
    expect(errorCode(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }))).toBe('CONFLICT');
    const card = data<any>(await county.as('guardian')('questionnaires', 'detail', { questionnaireId }));
    expect(card).toMatchObject({ answered: true, answerCount: 1, state: 'open' });
  });

  it('tallies equal a recount of the answers after many people submit at once (with repeats)', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined });
    const people = await addPeople(county, 30);
    const answersOf = (i: number) => ({
      q1: i % 4,
      q2: [i % 5, (i + 2) % 5],
      q3: (i % 5) + 1,
      ...(i % 3 === 0 ? { q4: `第${i}位居民的建议` } : {}),
    });
    // every person submits twice at the same moment: one of each pair counts
    const calls = people.flatMap((p, i) => [p.call('questionnaires', 'submit', { questionnaireId, answers: answersOf(i) }), p.call('questionnaires', 'submit', { questionnaireId, answers: answersOf(i) })]);
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results.filter((r) => !r.ok).every((r) => errorCode(r) === 'CONFLICT')).toBe(true);

    // anonymous: nothing counted before the flush, and the results say how many wait
    expect(data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId }))).toMatchObject({ answerCount: 0, waiting: 30 });
    expect(await flushAll(t.db, county)).toBe(30);
    const db = await stored(t.db, questionnaireId);
    expect(db.answers).toHaveLength(30);
    expect(db.respondents).toHaveLength(30);
    expect(db.answerCount).toBe(30);
    const kinds = { q1: 'single', q2: 'multiple', q3: 'rating', q4: 'text' };
    const counters = Object.fromEntries(db.tallies.map((x) => [`${x.questionId}/${x.choice}`, x.count]));
    expect(counters).toEqual(recount(db.answers as never, kinds));

    // the results read those counters
    const res = data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId }));
    expect(res.answerCount).toBe(30);
    expect(res.waiting).toBe(0);
    expect(res.questions[0].options.map((o: any) => o.count)).toEqual([0, 1, 2, 3].map((c) => counters[`q1/${c}`] ?? 0));
    expect(res.questions[1].answered).toBe(30);
    expect(res.questions[2].rating.counts).toEqual([1, 2, 3, 4, 5].map((c) => counters[`q3/${c}`] ?? 0));
    const sum = [1, 2, 3, 4, 5].reduce((s, c) => s + c * (counters[`q3/${c}`] ?? 0), 0);
    expect(res.questions[2].rating.average).toBeCloseTo(sum / 30, 2);
    expect(res.questions[3]).toMatchObject({ kind: 'text', answered: 10 });
  });

  it('answers only inside the dates: before opening and from the closing moment on, CLOSED', async () => {
    const time = movableClock('2026-05-01T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const questionnaireId = await createSurvey(county, county.as('staff'), undefined, { opensAt: '2026-05-02T00:00:00+08:00', closesAt: '2026-05-05T00:00:00+08:00' });
    const early = await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() });
    expect(early).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '问卷还没开始，请到时间再来填写' } });
    expect(data<any>(await county.as('guardian')('questionnaires', 'detail', { questionnaireId })).state).toBe('upcoming');

    time.set('2026-05-01T16:00:00Z'); // 2026-05-02 00:00 in Beijing: open
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() }));
    await flushAll(t.db, county, time.clock.now()); // anonymous: the day kept is the day it was counted
    expect((await stored(t.db, questionnaireId)).answers[0].submittedOn).toBe('2026-05-02');

    time.set('2026-05-04T16:00:00Z'); // the closing moment
    const late = await county.as('captain')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers() });
    expect(late).toMatchObject({ ok: false, error: { code: 'CLOSED', message: '问卷已经截止了，感谢关注' } });
    expect((await stored(t.db, questionnaireId)).answers).toHaveLength(1);
  });

  it('required or invalid answers write nothing and name the question; the same person can then answer properly', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('staff'));
    const bad: [Record<string, unknown>, string][] = [
      [{ q1: undefined }, 'answers.q1'],
      [{ q2: [] }, 'answers.q2'],
      [{ q3: '' }, 'answers.q3'],
      [{ q1: 4 }, 'answers.q1'],
      [{ q1: -1 }, 'answers.q1'],
      [{ q1: 1.5 }, 'answers.q1'],
      [{ q1: '1' }, 'answers.q1'],
      [{ q2: [0, 0] }, 'answers.q2'],
      [{ q2: [1, 5] }, 'answers.q2'],
      [{ q2: 1 }, 'answers.q2'],
      [{ q3: 0 }, 'answers.q3'],
      [{ q3: 6 }, 'answers.q3'],
      [{ q3: 3.5 }, 'answers.q3'],
      [{ q4: 'x'.repeat(501) }, 'answers.q4'],
      [{ q4: 12 }, 'answers.q4'],
      [{ q9: 1 }, 'answers.q9'],
      [{ q4: '楼下有人聚众赌博' }, 'answers.q4'],
    ];
    for (const [change, field] of bad) {
      const answers = goodAnswers(change);
      for (const k of Object.keys(answers)) if ((answers as any)[k] === undefined) delete (answers as any)[k];
      const res = await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers });
      expect({ change, code: errorCode(res) }).toEqual({ change, code: 'VALIDATION' });
      expect(res.ok ? [] : res.error.details?.map((d) => d.field)).toContain(field);
    }
    const empty = await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: {} });
    expect(empty.ok ? [] : empty.error.details?.map((d) => d.field)).toEqual(['answers.q1', 'answers.q2', 'answers.q3']);

    const db = await stored(t.db, questionnaireId);
    expect(db).toMatchObject({ respondents: [], held: [], answers: [], tallies: [], answerCount: 0 });

    // optional text left out, or padded with spaces up to 500 characters: both fine
    data(await county.as('guardian')('questionnaires', 'submit', { questionnaireId, answers: { q1: 0, q2: [4], q3: 5 } }));
    data(await county.as('captain')('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q4: `  ${'好'.repeat(500)}  ` }) }));
    await flushAll(t.db, county);
    const after = await stored(t.db, questionnaireId);
    expect(after.answers.map((a) => a.answers).sort((a: any, b: any) => Object.keys(a).length - Object.keys(b).length)).toEqual([
      { q1: '0', q2: ['4'], q3: 5 },
      { q1: '1', q2: ['0', '2'], q3: 4, q4: '好'.repeat(500) },
    ]);
  });
});
