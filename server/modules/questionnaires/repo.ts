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

/** The newest questionnaires (by closing time) of these audiences (children's or grown-ups' only, when `forChildren` says); the index on (county_id, closes_at desc) serves it. */
export function questionnairesFor(
  db: Kysely<DB>,
  countyId: string,
  audiences: { county: boolean; communityIds: string[]; buildingIds: string[]; forChildren?: boolean } | 'all',
  limit = 100,
): Promise<QuestionnaireRow[]> {
  let query = db.selectFrom('questionnaires').selectAll().where('countyId', '=', countyId);
  if (audiences !== 'all') {
    const { county, communityIds, buildingIds, forChildren } = audiences;
    if (forChildren !== undefined) query = query.where('forChildren', '=', forChildren);
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
export function openQuestionnairesFor(db: Kysely<DB>, countyId: string, audiences: { communityIds: string[]; buildingIds: string[]; forChildren: boolean }, now: Date, userId: string) {
  return db
    .selectFrom('questionnaires as q')
    .selectAll('q')
    .where('q.countyId', '=', countyId)
    .where('q.forChildren', '=', audiences.forChildren)
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
  row: { id: string; countyId: string; questionnaireId: string; respondentId: string | null; answers: Record<string, AnswerValue>; submittedOn: string; communityId?: string | null; enteredBy?: string | null },
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

export async function bumpAnswerCount(db: Kysely<DB>, questionnaireId: string, proxy = false): Promise<number> {
  const row = await db
    .updateTable('questionnaires')
    .set((eb) => (proxy ? { answerCount: eb('answerCount', '+', 1), proxyCount: eb('proxyCount', '+', 1) } : { answerCount: eb('answerCount', '+', 1) }))
    .where('id', '=', questionnaireId)
    .returning('answerCount')
    .executeTakeFirstOrThrow();
  return row.answerCount;
}

/** An anonymous answer, sealed, waiting for the flush; written in the submitting transaction (see seal.ts). */
export async function holdAnswer(db: Kysely<DB>, row: { id: string; countyId: string; questionnaireId: string; keyId: string; sealed: Buffer }): Promise<void> {
  await db.insertInto('questionnaireHeldAnswers').values(row).execute();
}

/** Questionnaires with answers held: how many, and when each closes (a county's only, or one, when given). */
export async function questionnairesWithHeldAnswers(db: Kysely<DB>, countyId: string | undefined, questionnaireId: string | undefined) {
  const rows = await db
    .selectFrom('questionnaireHeldAnswers as h')
    .innerJoin('questionnaires as q', 'q.id', 'h.questionnaireId')
    .select(['h.questionnaireId', 'q.countyId', 'q.opensAt', 'q.closesAt', (eb) => eb.fn.countAll<string>().as('held')])
    .$if(countyId !== undefined, (q) => q.where('h.countyId', '=', countyId!))
    .$if(questionnaireId !== undefined, (q) => q.where('h.questionnaireId', '=', questionnaireId!))
    .groupBy(['h.questionnaireId', 'q.countyId', 'q.opensAt', 'q.closesAt'])
    .execute();
  return rows.map((r) => ({ ...r, held: Number(r.held) }));
}

/**
 * One flush at a time per questionnaire: a transaction-scoped advisory lock
 * (works behind a transaction-mode pooler); a second flush at the same moment
 * gets false and leaves that questionnaire to the first.
 */
export async function tryFlushLock(db: Kysely<DB>, questionnaireId: string): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtextextended(${`questionnaire-flush:${questionnaireId}`}, 0)) as locked`.execute(db);
  return rows[0]?.locked === true;
}

export function heldAnswersOf(db: Kysely<DB>, questionnaireId: string) {
  return db.selectFrom('questionnaireHeldAnswers').select(['id', 'questionnaireId', 'keyId', 'sealed']).where('questionnaireId', '=', questionnaireId).execute();
}

/** Removes these held answers; the number removed (fewer means another flush took some: the caller rolls back). */
export async function deleteHeld(db: Kysely<DB>, ids: string[]): Promise<number> {
  let removed = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    removed += (await db.deleteFrom('questionnaireHeldAnswers').where('id', 'in', ids.slice(i, i + 1000)).returning('id').execute()).length;
  }
  return removed;
}

/** Flushed anonymous answers, in the order given (the caller shuffles it: the table's physical order follows it). */
export async function insertAnonymousAnswers(
  db: Kysely<DB>,
  rows: { id: string; countyId: string; questionnaireId: string; answers: Record<string, AnswerValue>; submittedOn: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('questionnaireAnswers')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, respondentId: null, answers: JSON.stringify(r.answers) })))
      .execute();
  }
}

/** Moves each (question, choice) counter by its count, in the order given (sorted by the caller). */
export async function addToTallies(db: Kysely<DB>, questionnaireId: string, tallies: { questionId: string; choice: string; count: number }[]): Promise<void> {
  if (tallies.length === 0) return;
  await db
    .insertInto('questionnaireTallies')
    .values(tallies.map((t) => ({ questionnaireId, questionId: t.questionId, choice: t.choice, count: t.count })))
    .onConflict((oc) => oc.columns(['questionnaireId', 'questionId', 'choice']).doUpdateSet({ count: sql`questionnaire_tallies.count + excluded.count` }))
    .execute();
}

/**
 * What the results page reads, in one statement (one snapshot, one round
 * trip): the counters behind the charts (one row per question and choice,
 * read by the primary key's prefix; never the answers), everyone who has
 * answered (answer_count) and how many of those answers are still held.
 * answer_count moves in the submitting transaction and the held rows leave in
 * the flush's, so counted = answered − held.
 */
export async function resultFigures(db: Kysely<DB>, questionnaireId: string): Promise<{ answered: number; held: number; tallies: { questionId: string; choice: string; count: number }[] }> {
  const row = await db
    .selectFrom('questionnaires as q')
    .select((eb) => [
      'q.answerCount',
      eb.selectFrom('questionnaireHeldAnswers as h').select(eb.fn.countAll<string>().as('n')).whereRef('h.questionnaireId', '=', 'q.id').as('held'),
      sql<
        { questionId: string; choice: string; count: number }[]
      >`coalesce((select json_agg(json_build_object('questionId', t.question_id, 'choice', t.choice, 'count', t.count)) from questionnaire_tallies t where t.questionnaire_id = q.id), '[]'::json)`.as('tallies'),
    ])
    .where('q.id', '=', questionnaireId)
    .executeTakeFirstOrThrow();
  return { answered: row.answerCount, held: Number(row.held ?? 0), tallies: row.tallies };
}

/**
 * Text answers to one question, newest day first (within a day in answer-id
 * order, which says nothing about who or when). The respondent only when asked
 * for — the use case asks only on a named questionnaire, and then asks
 * identity for the names.
 */
export async function textAnswersPage(
  db: Kysely<DB>,
  questionnaireId: string,
  questionId: string,
  after: { day: string; id: string } | null,
  limit: number,
  withNames: boolean,
): Promise<{ id: string; day: string; text: string; respondentId: string | null }[]> {
  const rows = await db
    .selectFrom('questionnaireAnswers as a')
    .select(['a.id', 'a.submittedOn as day', sql<string>`a.answers ->> cast(${questionId} as text)`.as('text'), withNames ? 'a.respondentId' : sql<null>`null`.as('respondentId')])
    .where('a.questionnaireId', '=', questionnaireId)
    .where(sql<boolean>`a.answers ->> cast(${questionId} as text) is not null`)
    .$if(after !== null, (q) => q.where(sql<boolean>`(a.submitted_on, a.id) < (${after!.day}, cast(${after!.id} as uuid))`))
    .orderBy('a.submittedOn', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, day: r.day, text: r.text, respondentId: withNames ? (r.respondentId ?? null) : null }));
}

/** Every answer of a questionnaire for the export, by day; the respondent only when asked for (their name is identity's). */
export async function answersForExport(db: Kysely<DB>, questionnaireId: string, withNames: boolean) {
  const rows = await db
    .selectFrom('questionnaireAnswers as a')
    .select(['a.answers', 'a.submittedOn', withNames ? 'a.respondentId' : sql<null>`null`.as('respondentId')])
    .where('a.questionnaireId', '=', questionnaireId)
    .orderBy('a.submittedOn')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ answers: r.answers as unknown as Record<string, AnswerValue>, day: r.submittedOn, respondentId: withNames ? (r.respondentId ?? null) : null }));
}

/**
 * A volunteer's 代填 entry of today, if under the cap: one statement that
 * either adds one to the day's counter or (at the cap) changes nothing; racing
 * entries queue on the row, so the cap is never passed. The entries so far, or
 * null when the cap is reached.
 */
export async function takeProxyEntry(db: Kysely<DB>, countyId: string, volunteerId: string, day: string, cap: number): Promise<number | null> {
  const row = await db
    .insertInto('questionnaireProxyDays')
    .values({ volunteerId, day, countyId, entries: 1 })
    .onConflict((oc) =>
      oc
        .columns(['volunteerId', 'day'])
        .doUpdateSet({ entries: sql`questionnaire_proxy_days.entries + 1` })
        .where('questionnaireProxyDays.entries', '<', cap),
    )
    .returning('entries')
    .executeTakeFirst();
  return row?.entries ?? null;
}

/** How many 代填 entries the volunteer made on the day. */
export async function proxyEntriesOn(db: Kysely<DB>, volunteerId: string, day: string): Promise<number> {
  const row = await db.selectFrom('questionnaireProxyDays').select('entries').where('volunteerId', '=', volunteerId).where('day', '=', day).executeTakeFirst();
  return row?.entries ?? 0;
}

/** The open questionnaires a volunteer may enter a passer-by's answers to: county-wide and community ones, closing soonest first. */
export function openForProxy(db: Kysely<DB>, countyId: string, now: Date): Promise<QuestionnaireRow[]> {
  return db
    .selectFrom('questionnaires')
    .selectAll()
    .where('countyId', '=', countyId)
    .where('audienceType', 'in', ['county', 'community'])
    .where('forChildren', '=', false)
    .where('opensAt', '<=', now)
    .where('closesAt', '>', now)
    .orderBy('closesAt', 'asc')
    .orderBy('id')
    .limit(20)
    .execute();
}

/**
 * Questionnaire satisfaction per community for the Beijing days [fromDay,
 * toDay): every rating (1–5) in the answers that carry a community (named
 * self-answers, 代填 entries), its questionnaire's rating questions only, and
 * the anonymous answers' sums published by fives on their flush day.
 */
export async function ratingsByCommunity(db: Kysely<DB>, countyId: string, fromDay: string, toDay: string): Promise<{ communityId: string; ratings: number; ratingSum: number; answers: number }[]> {
  const { rows } = await sql<{ communityId: string; ratings: number; ratingSum: number; answers: number }>`
    select "communityId", sum(ratings)::int as ratings, sum("ratingSum")::int as "ratingSum", sum(answers)::int as answers
    from (
      select a.community_id as "communityId", count(*)::int as ratings, sum((a.answers ->> (q_item ->> 'id'))::int)::int as "ratingSum", count(distinct a.id)::int as answers
      from questionnaire_answers a
      join questionnaires q on q.id = a.questionnaire_id
      cross join lateral jsonb_array_elements(q.questions) as q_item
      where a.county_id = ${countyId} and a.community_id is not null
        and a.submitted_on >= ${fromDay} and a.submitted_on < ${toDay}
        and q_item ->> 'kind' = 'rating'
        and jsonb_typeof(a.answers -> (q_item ->> 'id')) = 'number'
      group by a.community_id
      union all
      select community_id, ratings, rating_sum, answers
      from questionnaire_community_ratings
      where county_id = ${countyId} and counted_on >= ${fromDay} and counted_on < ${toDay}
    ) parts
    group by "communityId"`.execute(db);
  return rows;
}

/** The sealed, not yet published, ratings of these communities for one questionnaire. */
export function pendingCommunityRatings(db: Kysely<DB>, questionnaireId: string, communityIds: string[]) {
  if (communityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('questionnaireCommunityPending')
    .select(['questionnaireId', 'communityId', 'keyId', 'sealed'])
    .where('questionnaireId', '=', questionnaireId)
    .where('communityId', 'in', communityIds)
    .execute();
}

export async function savePendingCommunityRatings(db: Kysely<DB>, row: { questionnaireId: string; communityId: string; keyId: string; sealed: Buffer }): Promise<void> {
  await db
    .insertInto('questionnaireCommunityPending')
    .values(row)
    .onConflict((oc) => oc.columns(['questionnaireId', 'communityId']).doUpdateSet({ keyId: row.keyId, sealed: row.sealed }))
    .execute();
}

export async function dropPendingCommunityRatings(db: Kysely<DB>, questionnaireId: string, communityId: string): Promise<void> {
  await db.deleteFrom('questionnaireCommunityPending').where('questionnaireId', '=', questionnaireId).where('communityId', '=', communityId).execute();
}

/** Adds a community's published step (at least five answers) to the flush day's sums. */
export async function publishCommunityRatings(
  db: Kysely<DB>,
  row: { questionnaireId: string; communityId: string; countedOn: string; countyId: string; answers: number; ratings: number; ratingSum: number },
): Promise<void> {
  await db
    .insertInto('questionnaireCommunityRatings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['questionnaireId', 'communityId', 'countedOn']).doUpdateSet({
        answers: sql`questionnaire_community_ratings.answers + excluded.answers`,
        ratings: sql`questionnaire_community_ratings.ratings + excluded.ratings`,
        ratingSum: sql`questionnaire_community_ratings.rating_sum + excluded.rating_sum`,
      }),
    )
    .execute();
}
