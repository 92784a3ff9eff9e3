import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB, QuestionnairesTable } from '../../db/schema';
import type { AnswerValue } from './domain/rules';

export type QuestionnaireRow = Selectable<QuestionnairesTable>;

export async function insertQuestionnaire(db: Kysely<DB>, row: Insertable<QuestionnairesTable>): Promise<void> {
  await db.insertInto('questionnaires').values(row).execute();
}

export function findQuestionnaire(db: Kysely<DB>, countyId: string, id: string): Promise<QuestionnaireRow | undefined> {
  return db.selectFrom('questionnaires').selectAll().where('countyId', '=', countyId).where('id', '=', id).executeTakeFirst();
}

/** The newest questionnaires (by closing time) of these audiences; the index on (county_id, closes_at desc) serves it. */
export function questionnairesFor(
  db: Kysely<DB>,
  countyId: string,
  audiences: { county: boolean; communityIds: string[]; buildingIds: string[] } | 'all',
  limit = 100,
): Promise<QuestionnaireRow[]> {
  let query = db.selectFrom('questionnaires').selectAll().where('countyId', '=', countyId);
  if (audiences !== 'all') {
    const { county, communityIds, buildingIds } = audiences;
    query = query.where((eb) =>
      eb.or([
        ...(county ? [eb('audienceType', '=', 'county')] : []),
        ...(communityIds.length ? [eb.and([eb('audienceType', '=', 'community'), eb('audienceId', 'in', communityIds)])] : []),
        ...(buildingIds.length ? [eb.and([eb('audienceType', '=', 'building'), eb('audienceId', 'in', buildingIds)])] : []),
        sql<boolean>`false`,
      ]),
    );
  }
  return query.orderBy('closesAt', 'desc').orderBy('id').limit(limit).execute();
}

/** Open questionnaires of these audiences (for 首页's to-do), closing soonest first. */
export function openQuestionnairesFor(db: Kysely<DB>, countyId: string, audiences: { communityIds: string[]; buildingIds: string[] }, now: Date, userId: string) {
  return db
    .selectFrom('questionnaires as q')
    .selectAll('q')
    .where('q.countyId', '=', countyId)
    .where('q.opensAt', '<=', now)
    .where('q.closesAt', '>', now)
    .where((eb) =>
      eb.or([
        eb('q.audienceType', '=', 'county'),
        ...(audiences.communityIds.length ? [eb.and([eb('q.audienceType', '=', 'community'), eb('q.audienceId', 'in', audiences.communityIds)])] : []),
        ...(audiences.buildingIds.length ? [eb.and([eb('q.audienceType', '=', 'building'), eb('q.audienceId', 'in', audiences.buildingIds)])] : []),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('questionnaireRespondents as r').select(sql`1`.as('one')).whereRef('r.questionnaireId', '=', 'q.id').where('r.userId', '=', userId))),
    )
    .orderBy('q.closesAt', 'asc')
    .limit(10)
    .execute();
}

/** Buildings of these communities (a staff member's reach), with their names. */
export function buildingsOf(db: Kysely<DB>, countyId: string, communityIds: string[] | 'all') {
  if (communityIds !== 'all' && communityIds.length === 0) return Promise.resolve([] as { id: string; communityId: string; name: string }[]);
  return db
    .selectFrom('buildings as b')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .select(['b.id', 'b.communityId', sql<string>`c.name || ' ' || b.name`.as('name')])
    .where('b.countyId', '=', countyId)
    .$if(communityIds !== 'all', (q) => q.where('b.communityId', 'in', communityIds as string[]))
    .orderBy('c.name')
    .orderBy('b.name')
    .execute();
}

export function communitiesOf(db: Kysely<DB>, countyId: string, communityIds: string[] | 'all') {
  if (communityIds !== 'all' && communityIds.length === 0) return Promise.resolve([] as { id: string; name: string }[]);
  return db
    .selectFrom('communities')
    .select(['id', 'name'])
    .where('countyId', '=', countyId)
    .$if(communityIds !== 'all', (q) => q.where('id', 'in', communityIds as string[]))
    .orderBy('name')
    .execute();
}

export function findBuilding(db: Kysely<DB>, countyId: string, buildingId: string) {
  return db.selectFrom('buildings').select(['id', 'communityId']).where('countyId', '=', countyId).where('id', '=', buildingId).executeTakeFirst();
}

/** Which of these questionnaires the person has answered (the respondents' primary key answers it). */
export async function answeredAmong(db: Kysely<DB>, userId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('questionnaireRespondents').select('questionnaireId').where('userId', '=', userId).where('questionnaireId', 'in', ids).execute();
  return new Set(rows.map((r) => r.questionnaireId));
}

/**
 * The one-answer rule: the first of any number of racing submits makes the row;
 * the others find it (waiting for the first to commit on PostgreSQL) and get false.
 */
export async function addRespondent(db: Kysely<DB>, questionnaireId: string, userId: string): Promise<boolean> {
  const row = await db
    .insertInto('questionnaireRespondents')
    .values({ questionnaireId, userId })
    .onConflict((oc) => oc.columns(['questionnaireId', 'userId']).doNothing())
    .returning('userId')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAnswer(
  db: Kysely<DB>,
  row: { id: string; countyId: string; questionnaireId: string; respondentId: string | null; answers: Record<string, AnswerValue>; submittedOn: string },
): Promise<void> {
  await db
    .insertInto('questionnaireAnswers')
    .values({ ...row, answers: JSON.stringify(row.answers) })
    .execute();
}

/** Moves each (question, choice) counter by one, in the order given (callers sort it: no deadlock between submits). */
export async function bumpTallies(db: Kysely<DB>, questionnaireId: string, tallies: { questionId: string; choice: string }[]): Promise<void> {
  if (tallies.length === 0) return;
  await db
    .insertInto('questionnaireTallies')
    .values(tallies.map((t) => ({ questionnaireId, questionId: t.questionId, choice: t.choice, count: 1 })))
    .onConflict((oc) => oc.columns(['questionnaireId', 'questionId', 'choice']).doUpdateSet({ count: sql`questionnaire_tallies.count + 1` }))
    .execute();
}

export async function bumpAnswerCount(db: Kysely<DB>, questionnaireId: string): Promise<number> {
  const row = await db
    .updateTable('questionnaires')
    .set((eb) => ({ answerCount: eb('answerCount', '+', 1) }))
    .where('id', '=', questionnaireId)
    .returning('answerCount')
    .executeTakeFirstOrThrow();
  return row.answerCount;
}

/** The counters behind the charts: one row per (question, choice), read by the primary key's prefix. */
export function talliesOf(db: Kysely<DB>, questionnaireId: string) {
  return db.selectFrom('questionnaireTallies').select(['questionId', 'choice', 'count']).where('questionnaireId', '=', questionnaireId).execute();
}

/**
 * Text answers to one question, newest day first (within a day in answer-id
 * order, which says nothing about who or when). Names only when asked for —
 * the use case asks only on a named questionnaire.
 */
export async function textAnswersPage(
  db: Kysely<DB>,
  questionnaireId: string,
  questionId: string,
  after: { day: string; id: string } | null,
  limit: number,
  withNames: boolean,
): Promise<{ id: string; day: string; text: string; name: string | null }[]> {
  const rows = await db
    .selectFrom('questionnaireAnswers as a')
    .leftJoin('users as u', (join) => (withNames ? join.onRef('u.id', '=', 'a.respondentId') : join.on(sql<boolean>`false`)))
    .select(['a.id', 'a.submittedOn as day', sql<string>`a.answers ->> cast(${questionId} as text)`.as('text'), withNames ? 'u.name' : sql<null>`null`.as('name')])
    .where('a.questionnaireId', '=', questionnaireId)
    .where(sql<boolean>`a.answers ->> cast(${questionId} as text) is not null`)
    .$if(after !== null, (q) => q.where(sql<boolean>`(a.submitted_on, a.id) < (${after!.day}, cast(${after!.id} as uuid))`))
    .orderBy('a.submittedOn', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, day: r.day, text: r.text, name: withNames ? (r.name ?? null) : null }));
}

/** Every answer of a questionnaire for the export, by day; the respondent's name only when asked for. */
export async function answersForExport(db: Kysely<DB>, questionnaireId: string, withNames: boolean) {
  const rows = await db
    .selectFrom('questionnaireAnswers as a')
    .leftJoin('users as u', (join) => (withNames ? join.onRef('u.id', '=', 'a.respondentId') : join.on(sql<boolean>`false`)))
    .select(['a.answers', 'a.submittedOn', withNames ? 'u.name' : sql<null>`null`.as('name')])
    .where('a.questionnaireId', '=', questionnaireId)
    .orderBy('a.submittedOn')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ answers: r.answers as unknown as Record<string, AnswerValue>, day: r.submittedOn, name: withNames ? (r.name ?? null) : null }));
}
