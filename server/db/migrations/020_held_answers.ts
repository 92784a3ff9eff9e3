import { Kysely, sql, type QueryExecutorProvider } from 'kysely';

/**
 * Anonymous answers that cannot be joined back to their respondents.
 *
 * Until now a submit wrote the respondent row (one answer per person) and the
 * answer in one transaction: both carried that transaction's id (`xmin`), and
 * sat in the same physical order (`ctid`), so a plain `join … on a.xmin =
 * r.xmin` named every anonymous answer's author to anyone with SQL; the tally
 * counters it moved carried the same xmin, naming what the last person picked.
 *
 * questionnaire_held_answers is where an anonymous submit now puts the answer:
 * sealed (AES-256-GCM under QUESTIONNAIRE_SEAL_KEY, a key the database never
 * holds; padded to one length per questionnaire, so even its size says
 * nothing). The held row shares the respondent's xmin, but holds nothing
 * readable. The scheduler's flush (questionnaires/use-cases/flush-held-answers)
 * opens held answers in batches of at least five, in a transaction of its own,
 * and writes them to questionnaire_answers in shuffled order with random ids
 * and the flush's day, moving the tallies then. No timestamp, no sequence.
 *
 * The schema only gains a table. The data step re-stamps the anonymous
 * answers and tallies written before this release: the answers are copied in
 * random order under new random ids and the old rows deleted, the tallies
 * rewritten in place, so none of them keeps its author's xmin or physical
 * order any longer. (Their day stays; backups from before keep the old link.)
 * The release before reads the same columns and keeps working.
 */
const statements = [
  `create table questionnaire_held_answers (
    id uuid primary key,
    county_id uuid not null references counties(id),
    questionnaire_id uuid not null references questionnaires(id),
    -- which key sealed it (an HMAC of the key: it says nothing of the key)
    key_id text not null check (length(key_id) between 8 and 64),
    sealed bytea not null
  )`,
  // ciphertext does not compress: keep PostgreSQL from trying on every submit
  `alter table questionnaire_held_answers alter column sealed set storage external`,
  `create index questionnaire_held_answers_by_questionnaire on questionnaire_held_answers (questionnaire_id)`,
];

/**
 * Re-stamps the anonymous answers and tallies written before this release (of
 * one questionnaire, in a test): each answer copied, in random order, under a
 * new random id, the old rows deleted — one statement, so the delete and the
 * insert see the same snapshot — and each tally rewritten in place.
 */
export async function restampAnonymousAnswers(db: QueryExecutorProvider, onlyQuestionnaire?: string): Promise<void> {
  const scope = onlyQuestionnaire ? sql`and q.id = ${onlyQuestionnaire}` : sql``;
  await sql`
    with moved as (
      delete from questionnaire_answers a using questionnaires q where q.id = a.questionnaire_id and q.anonymous ${scope}
      returning a.county_id, a.questionnaire_id, a.answers, a.submitted_on
    )
    insert into questionnaire_answers (id, county_id, questionnaire_id, respondent_id, answers, submitted_on)
    select gen_random_uuid(), county_id, questionnaire_id, null, answers, submitted_on from moved order by random()`.execute(db);
  await sql`update questionnaire_tallies t set count = t.count from questionnaires q where q.id = t.questionnaire_id and q.anonymous ${scope}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  await restampAnonymousAnswers(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table questionnaire_held_answers').execute(db);
}
