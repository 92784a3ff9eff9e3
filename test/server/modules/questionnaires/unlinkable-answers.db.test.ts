import { sql, type Kysely } from 'kysely';
import { restampAnonymousAnswers } from '../../../../server/db/migrations/020_held_answers';
import type { DB } from '../../../../server/db/schema';
import { addRespondent, bumpAnswerCount, bumpTallies, insertAnswer } from '../../../../server/modules/questionnaires/repo';
import { flushHeldAnswers, HOLD_BACK } from '../../../../server/modules/questionnaires/use-cases/flush-held-answers';
import { sealKeyFrom } from '../../../../server/modules/questionnaires/seal';
import { addPeople, data, seedCounty, type TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { createSurvey, goodAnswers } from './questionnaire-fixtures';
import { TEST_KEYS } from '../../../support/keys';
import { createDatabase, testServerAdminUrl } from '../../../support/test-server';
import { openDatabase } from '../../../../server/db/connect';

const t = useTestDatabase();

/**
 * What an administrator with SQL (and no more than SQL) could try, to put a
 * name to an anonymous answer. The truth comes from the test itself: person i
 * writes 第i号居民 in their answer, and their respondent row names them.
 */

const PEOPLE = 30;
const K = HOLD_BACK;
/** A guess that pairs respondents with answers gets at most this many right by chance (about two are expected); the old code path got all 30. */
const CHANCE = PEOPLE / 2 - 1;

const answersOf = (i: number) => ({ q1: i % 4, q2: [i % 5], q3: (i % 5) + 1, q4: `第${i}号居民的建议` });
const whoWrote = (text: string) => Number(/^第(\d+)号居民/.exec(text)![1]);

interface Physical {
  xmin: number;
  /** (page, item) */
  ctid: [number, number];
}
interface RespondentRow extends Physical {
  person: number;
}
interface AnswerRow extends Physical {
  person: number;
  id: string;
  day: string;
}

function parseCtid(ctid: string): [number, number] {
  const [page, item] = ctid.slice(1, -1).split(',').map(Number);
  return [page, item];
}
const byCtid = (a: Physical, b: Physical) => a.ctid[0] - b.ctid[0] || a.ctid[1] - b.ctid[1];
const byXmin = (a: Physical, b: Physical) => a.xmin - b.xmin || byCtid(a, b);

async function respondentRows(db: Kysely<DB>, questionnaireId: string, personOf: Map<string, number>): Promise<RespondentRow[]> {
  const { rows } = await sql<{ userId: string; xmin: string; ctid: string }>`
    select user_id, xmin::text as xmin, ctid::text as ctid from questionnaire_respondents where questionnaire_id = ${questionnaireId}`.execute(db);
  return rows.map((r) => ({ person: personOf.get(r.userId)!, xmin: Number(r.xmin), ctid: parseCtid(r.ctid) }));
}

async function answerRows(db: Kysely<DB>, questionnaireId: string): Promise<AnswerRow[]> {
  const { rows } = await sql<{ id: string; text: string; day: string; xmin: string; ctid: string }>`
    select id, answers ->> 'q4' as text, submitted_on as day, xmin::text as xmin, ctid::text as ctid from questionnaire_answers where questionnaire_id = ${questionnaireId}`.execute(db);
  return rows.map((r) => ({ person: whoWrote(r.text), id: r.id, day: r.day, xmin: Number(r.xmin), ctid: parseCtid(r.ctid) }));
}

/** Lines both lists up in their orders and pairs them off: how many pairs are right. */
function zipCorrect(respondents: RespondentRow[], answers: AnswerRow[]): number {
  return respondents.filter((r, i) => answers[i]?.person === r.person).length;
}

/** Respondents whom an equality join narrows to fewer than K answers, their own among them. */
function narrowed(respondents: RespondentRow[], candidatesOf: (r: RespondentRow) => AnswerRow[]): number {
  return respondents.filter((r) => {
    const candidates = candidatesOf(r);
    return candidates.length > 0 && candidates.length < K && candidates.some((a) => a.person === r.person);
  }).length;
}

async function people(county: TestCounty) {
  const list = await addPeople(county, PEOPLE);
  return { list, personOf: new Map(list.map((p, i) => [p.userId, i])) };
}

describe('问卷: an anonymous answer cannot be joined back to its respondent, whatever an administrator tries in SQL', () => {
  it('thirty people answer over ten days; after the scheduler\'s flushes no join (xmin, ctid, day, id, nearest transaction, tallies, a sequence) pairs respondents with answers better than chance', async () => {
    const time = movableClock('2026-05-01T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const window = { audienceType: 'county', audienceId: undefined, opensAt: '2026-04-30T16:00:00Z', closesAt: '2026-05-20T16:00:00Z' };
    const anonymous = await createSurvey(county, county.as('admin'), undefined, window);
    const named = await createSurvey(county, county.as('admin'), undefined, { ...window, title: '记名的楼道环境调查', anonymous: false });
    const { list, personOf } = await people(county);

    // three people a day for ten days, each answering both questionnaires; the scheduler flushes at 20:00 on day five
    const submittedOn = new Map<number, string>();
    const flushes: number[] = [];
    for (let d = 0; d < 10; d++) {
      time.set(`2026-05-${String(1 + d).padStart(2, '0')}T02:00:00Z`);
      for (let i = 3 * d; i < 3 * d + 3; i++) {
        data(await list[i].call('questionnaires', 'submit', { questionnaireId: anonymous, answers: answersOf(i) }));
        data(await list[i].call('questionnaires', 'submit', { questionnaireId: named, answers: answersOf(i) }));
        submittedOn.set(i, `2026-05-${String(1 + d).padStart(2, '0')}`);
      }
      if (d === 4) {
        const evening = new Date('2026-05-05T12:00:00Z');
        flushes.push((await flushHeldAnswers(t.db, evening, TEST_KEYS, { countyId: county.countyId })).flushed);
        flushes.push((await flushHeldAnswers(t.db, evening, TEST_KEYS, { countyId: county.countyId })).flushed); // a second pass: nothing more
      }
    }
    // 20:00 on day nine: twenty held, enough for a batch — but the scheduler happens to be down; after closing, the rest
    flushes.push((await flushHeldAnswers(t.db, new Date('2026-05-21T02:00:00Z'), TEST_KEYS, { countyId: county.countyId })).flushed);

    const respondents = await respondentRows(t.db, anonymous, personOf);
    const answers = await answerRows(t.db, anonymous);
    expect([respondents.length, answers.length]).toEqual([PEOPLE, PEOPLE]);

    const equalityJoins = {
      // join questionnaire_answers a, questionnaire_respondents r on a.xmin = r.xmin
      'same xmin': narrowed(respondents, (r) => answers.filter((a) => a.xmin === r.xmin)),
      // the respondent's day (found elsewhere: another row they wrote that day) = the answer's day
      'same day': narrowed(respondents, (r) => answers.filter((a) => a.day === submittedOn.get(r.person))),
    };
    const nearest = (r: RespondentRow) => [...answers].sort((a, b) => Math.abs(a.xmin - r.xmin) - Math.abs(b.xmin - r.xmin) || byCtid(a, b))[0];
    const guesses = {
      // both sorted by transaction id (ties by physical place), paired in order
      'xmin order': zipCorrect([...respondents].sort(byXmin), [...answers].sort(byXmin)),
      // both in physical order (what a SELECT without ORDER BY returns)
      'ctid order': zipCorrect([...respondents].sort(byCtid), [...answers].sort(byCtid)),
      // respondents in submit order, answers in id order
      'id order': zipCorrect([...respondents].sort(byXmin), [...answers].sort((a, b) => (a.id < b.id ? -1 : 1))),
      // each respondent's answer = the answer whose transaction is nearest theirs
      'nearest xmin': respondents.filter((r) => nearest(r).person === r.person).length,
    };
    // the counters: a tally row last moved by a respondent's transaction would say what they chose
    const { rows: tallyXmins } = await sql<{ xmin: string }>`select xmin::text as xmin from questionnaire_tallies where questionnaire_id = ${anonymous}`.execute(t.db);
    const respondentXmins = new Set(respondents.map((r) => r.xmin));
    const talliesCarryingARespondentsXmin = tallyXmins.filter((x) => respondentXmins.has(Number(x.xmin))).length;

    const verdict = (right: number) => (right <= CHANCE ? 'no better than chance' : `${right} of ${PEOPLE} right`);
    expect({
      equalityJoins,
      talliesCarryingARespondentsXmin,
      guesses: Object.fromEntries(Object.entries(guesses).map(([how, right]) => [how, verdict(right)])),
    }).toEqual({
      equalityJoins: { 'same xmin': 0, 'same day': 0 },
      talliesCarryingARespondentsXmin: 0,
      guesses: Object.fromEntries(Object.keys(guesses).map((how) => [how, 'no better than chance'])),
    });

    // no sequence or identity column anywhere a respondent or an answer is kept
    const { rows: sequenced } = await sql<{ column: string }>`
      select table_name || '.' || column_name as column from information_schema.columns
      where table_name in ('questionnaire_respondents', 'questionnaire_answers', 'questionnaire_held_answers', 'questionnaire_tallies')
        and (column_default like 'nextval%' or is_identity = 'YES')`.execute(t.db);
    expect(sequenced).toEqual([]);
    // and no time finer than a day
    const { rows: timeColumns } = await sql<{ column: string }>`
      select table_name || '.' || column_name as column from information_schema.columns
      where table_name in ('questionnaire_respondents', 'questionnaire_answers', 'questionnaire_held_answers') and data_type like 'time%'`.execute(t.db);
    expect(timeColumns).toEqual([]);

    // the flushes: a batch of ten (five kept back), nothing on the second pass, the last twenty once closed;
    // each batch one transaction of at least K answers, with the flush's day
    expect(flushes).toEqual([10, 0, 20]);
    const batches = new Map<number, AnswerRow[]>();
    for (const a of answers) batches.set(a.xmin, [...(batches.get(a.xmin) ?? []), a]);
    expect([...batches.values()].map((b) => [b.length, [...new Set(b.map((a) => a.day))]]).sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [10, ['2026-05-05']],
      [20, ['2026-05-21']],
    ]);
    expect(answers.every((a) => !respondentXmins.has(a.xmin))).toBe(true);

    // named answers are as before: written at the submit, with the respondent
    const namedRows = await t.db.selectFrom('questionnaireAnswers').select(['respondentId', 'submittedOn']).where('questionnaireId', '=', named).execute();
    expect(namedRows).toHaveLength(PEOPLE);
    expect(new Set(namedRows.map((r) => r.respondentId))).toEqual(new Set(list.map((p) => p.userId)));
    expect(await t.db.selectFrom('questionnaireHeldAnswers').select('id').where('questionnaireId', '=', named).execute()).toEqual([]);

    // and the results count all of them
    const results = data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId: anonymous }));
    expect(results).toMatchObject({ answerCount: PEOPLE, waiting: 0 });
    expect(results.questions[0].options.map((o: any) => o.count)).toEqual([0, 1, 2, 3].map((c) => Array.from({ length: PEOPLE }, (_, i) => i % 4).filter((v) => v === c).length));
  });

  it('while held, an answer is sealed: it shares its respondent\'s transaction, but holds nothing readable and no telling size; a wrong key opens nothing', async () => {
    const county = await seedCounty(t.db);
    const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined });
    const list = await addPeople(county, 6);
    const texts = ['短', '稍微长一点的建议', '好'.repeat(500), '', 'x', '希望楼道里多装几盏灯'];
    for (const [i, p] of list.entries()) {
      data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q1: i % 4, q4: texts[i] || undefined }) }));
    }
    const held = await t.db.selectFrom('questionnaireHeldAnswers').selectAll().where('questionnaireId', '=', questionnaireId).execute();
    expect(held).toHaveLength(6);
    // no respondent, no time; only the sealed bytes
    expect(Object.keys(held[0]).sort()).toEqual(['countyId', 'id', 'keyId', 'questionnaireId', 'sealed']);
    for (const h of held) for (const text of texts.filter((x) => x.length > 1)) expect(h.sealed.includes(Buffer.from(text))).toBe(false);
    // one size for every answer, however long
    expect(new Set(held.map((h) => h.sealed.length)).size).toBe(1);
    expect(await t.db.selectFrom('questionnaireAnswers').select('id').where('questionnaireId', '=', questionnaireId).execute()).toEqual([]);
    expect(await t.db.selectFrom('questionnaireTallies').select('choice').where('questionnaireId', '=', questionnaireId).execute()).toEqual([]);

    // the person sees at once that they have answered; the results say six are waiting
    expect(data<any>(await list[0].call('questionnaires', 'detail', { questionnaireId }))).toMatchObject({ answered: true, answerCount: 6 });
    expect(data<any[]>(await list[0].call('questionnaires', 'pending', {})).map((q) => q.id)).not.toContain(questionnaireId);
    expect(data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId }))).toMatchObject({ answerCount: 0, waiting: 6 });

    // under another key nothing opens, and nothing is lost
    const stranger = sealKeyFrom({ questionnaireSeal: 'ab'.repeat(32), development: false });
    expect(await flushHeldAnswers(t.db, new Date(), TEST_KEYS, { countyId: county.countyId, keep: 0, keys: [stranger] })).toEqual({ flushed: 0, unopened: 6 });
    // six held, fewer than twice HOLD_BACK: an ordinary pass keeps them
    expect(await flushHeldAnswers(t.db, new Date(), TEST_KEYS, { countyId: county.countyId })).toEqual({ flushed: 0, unopened: 0 });
    expect(await flushHeldAnswers(t.db, new Date(), TEST_KEYS, { countyId: county.countyId, keep: 0 })).toEqual({ flushed: 6, unopened: 0 });
    expect(data<any>(await county.as('admin')('questionnaires', 'results', { questionnaireId }))).toMatchObject({ answerCount: 6, waiting: 0 });
  });

  it('two flushes at once count each answer once, and neither touches a respondent row', async () => {
    const time = movableClock('2026-05-01T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const questionnaireId = await createSurvey(county, county.as('admin'), time.clock.now(), { audienceType: 'county', audienceId: undefined });
    const list = await addPeople(county, 12);
    await Promise.all(list.map(async (p, i) => data(await p.call('questionnaires', 'submit', { questionnaireId, answers: goodAnswers({ q1: i % 4, q4: `建议${i}` }) }))));
    const before = await sql<{ xmin: string; ctid: string }>`select xmin::text as xmin, ctid::text as ctid from questionnaire_respondents where questionnaire_id = ${questionnaireId} order by user_id`.execute(t.db);

    const closed = new Date('2026-05-09T02:00:00Z');
    const passes = await Promise.all([1, 2, 3].map(() => flushHeldAnswers(t.db, closed, TEST_KEYS, { countyId: county.countyId })));
    expect(passes.reduce((s, p) => s + p.flushed, 0)).toBe(12);
    expect(await flushHeldAnswers(t.db, closed, TEST_KEYS, { countyId: county.countyId })).toEqual({ flushed: 0, unopened: 0 });

    const after = await sql<{ xmin: string; ctid: string }>`select xmin::text as xmin, ctid::text as ctid from questionnaire_respondents where questionnaire_id = ${questionnaireId} order by user_id`.execute(t.db);
    expect(after.rows).toEqual(before.rows);
    const answers = await t.db.selectFrom('questionnaireAnswers').select(['answers', 'respondentId']).where('questionnaireId', '=', questionnaireId).execute();
    expect(answers).toHaveLength(12);
    expect(new Set(answers.map((a) => (a.answers as any).q4)).size).toBe(12);
    expect(answers.every((a) => a.respondentId === null)).toBe(true);
    const tallies = await t.db.selectFrom('questionnaireTallies').select(['questionId', 'choice', 'count']).where('questionnaireId', '=', questionnaireId).where('questionId', '=', 'q1').execute();
    expect(Object.fromEntries(tallies.map((x) => [x.choice, x.count]))).toEqual({ '0': 3, '1': 3, '2': 3, '3': 3, answered: 12 });
  });

  it('answers written the old way (respondent and answer in one transaction) are re-stamped by migration 020: the xmin and ctid joins stop working', async () => {
    // The old way's ctid trail is each row after the last only where nobody else writes these tables: in the shared
    // database another worker's inserts and deletes leave free space and extra pages that some rows land in (CI, twice).
    // So this test has a database of its own, and writes the old way through one connection.
    const scratch = await createDatabase(testServerAdminUrl(), { migrate: true });
    const own = await openDatabase({ url: scratch.url, maxConnections: 4 });
    try {
      await oldWayIsRestamped(own.db);
    } finally {
      await own.close();
      await scratch.drop();
    }
  });
});

async function oldWayIsRestamped(db: Kysely<DB>): Promise<void> {
  const county = await seedCounty(db);
  const questionnaireId = await createSurvey(county, county.as('admin'), undefined, { audienceType: 'county', audienceId: undefined });
  const { list, personOf } = await people(county);
  await db.connection().execute(async (one) => {
    for (const [i, p] of list.entries()) {
      await one.transaction().execute(async (trx) => {
        await addRespondent(trx, questionnaireId, p.userId);
        await insertAnswer(trx, { id: crypto.randomUUID(), countyId: county.countyId, questionnaireId, respondentId: null, answers: { q1: String(i % 4), q2: ['0'], q3: 3, q4: `第${i}号居民的建议` }, submittedOn: '2026-05-01' });
        await bumpTallies(trx, questionnaireId, [{ questionId: 'q1', choice: String(i % 4) }]);
        await bumpAnswerCount(trx, questionnaireId);
      });
    }
  });
  const linked = async () => {
    const respondents = await respondentRows(db, questionnaireId, personOf);
    const answers = await answerRows(db, questionnaireId);
    return {
      'same xmin': respondents.filter((r) => answers.some((a) => a.xmin === r.xmin && a.person === r.person)).length,
      'ctid order': zipCorrect([...respondents].sort(byCtid), [...answers].sort(byCtid)) > CHANCE,
    };
  };
  expect(await linked()).toEqual({ 'same xmin': PEOPLE, 'ctid order': true }); // what the old code left behind
  const idsBefore = (await answerRows(db, questionnaireId)).map((a) => a.id);

  await db.transaction().execute((trx) => restampAnonymousAnswers(trx, questionnaireId));
  expect(await linked()).toEqual({ 'same xmin': 0, 'ctid order': false });
  const after = await answerRows(db, questionnaireId);
  expect(after.map((a) => a.person).sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
  expect(after.some((a) => idsBefore.includes(a.id))).toBe(false);
  const { rows: tallyXmins } = await sql<{ xmin: string }>`select xmin::text as xmin from questionnaire_tallies where questionnaire_id = ${questionnaireId}`.execute(db);
  const respondentXmins = new Set((await respondentRows(db, questionnaireId, personOf)).map((r) => r.xmin));
  expect(tallyXmins.filter((x) => respondentXmins.has(Number(x.xmin)))).toEqual([]);
}
