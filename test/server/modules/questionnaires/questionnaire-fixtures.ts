import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { DB } from '../../../../server/db/schema';
import { flushHeldAnswers } from '../../../../server/modules/questionnaires/use-cases/flush-held-answers';
import { data, type Caller, type TestCounty } from '../../../support/app';
import { TEST_KEYS } from '../../../support/keys';

const HOUR = 3_600_000;

/**
 * A questionnaire of every kind for 幸福里社区, open from an hour ago for a week:
 * q1 single (4 options), q2 multiple (5 options), q3 rating, q4 optional text.
 */
export function surveyInput(county: TestCounty, now: Date = new Date(), overrides: Record<string, unknown> = {}) {
  return {
    title: '幸福里社区环境满意度调查',
    intro: '请花两分钟说说您对小区环境的看法。',
    questions: [
      { kind: 'single', title: '您对小区的垃圾分类满意吗？', options: ['满意', '基本满意', '不满意', '说不清'], required: true },
      { kind: 'multiple', title: '小区里最需要整治的是？', options: ['楼道堆物', '乱停车', '飞线充电', '噪音', '宠物粪便'], required: true },
      { kind: 'rating', title: '给物业服务打个分', options: [], required: true },
      { kind: 'text', title: '还有什么想说的？', options: [], required: false },
    ],
    audienceType: 'community',
    audienceId: county.communities['幸福里社区'],
    anonymous: true,
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(now.getTime() + 7 * 24 * HOUR).toISOString(),
    ...overrides,
  };
}

export async function createSurvey(county: TestCounty, by: Caller, now?: Date, overrides: Record<string, unknown> = {}): Promise<string> {
  return data<{ questionnaireId: string }>(await by('questionnaires', 'create', surveyInput(county, now, overrides))).questionnaireId;
}

/** A complete, valid answer to surveyInput's questions. */
export const goodAnswers = (overrides: Record<string, unknown> = {}) => ({ q1: 1, q2: [0, 2], q3: 4, q4: '希望楼道里多装几盏灯', ...overrides });

/** Moves a person out of their home the way the households module does (their binding ends), optionally into another household. */
export async function moveHouse(db: Kysely<DB>, county: TestCounty, userId: string, toHousehold?: string): Promise<void> {
  const at = new Date();
  await db.updateTable('householdRequests').set({ status: 'left', endedAt: at, endedBy: userId }).where('userId', '=', userId).where('status', '=', 'approved').execute();
  if (toHousehold) {
    await db
      .insertInto('householdRequests')
      .values({ id: randomUUID(), countyId: county.countyId, householdId: toHousehold, userId, relation: 'owner', status: 'approved', requestedAt: at, decidedAt: at, decidedRole: 'captain' })
      .execute();
  }
}

/**
 * Counts every held anonymous answer of the county now, as the scheduler's
 * flush does once enough wait (keep 0: no answers kept back). Anonymous
 * answers reach questionnaire_answers, the tallies and the results only then.
 */
export async function flushAll(db: Kysely<DB>, county: TestCounty, now: Date = new Date()): Promise<number> {
  return (await flushHeldAnswers(db, now, TEST_KEYS, { countyId: county.countyId, keep: 0 })).flushed;
}

/** What the database holds for one questionnaire: respondents, held (sealed) answers, answers, tallies, the answer counter. */
export async function stored(db: Kysely<DB>, questionnaireId: string) {
  const [respondents, held, answers, tallies, row] = await Promise.all([
    db.selectFrom('questionnaireRespondents').selectAll().where('questionnaireId', '=', questionnaireId).execute(),
    db.selectFrom('questionnaireHeldAnswers').selectAll().where('questionnaireId', '=', questionnaireId).execute(),
    db.selectFrom('questionnaireAnswers').selectAll().where('questionnaireId', '=', questionnaireId).execute(),
    db.selectFrom('questionnaireTallies').selectAll().where('questionnaireId', '=', questionnaireId).execute(),
    db.selectFrom('questionnaires').select('answerCount').where('id', '=', questionnaireId).executeTakeFirstOrThrow(),
  ]);
  return { respondents, held, answers, tallies, answerCount: row.answerCount };
}
