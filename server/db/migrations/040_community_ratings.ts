import { Kysely, sql } from 'kysely';

/**
 * 问卷满意度 by community from anonymous questionnaires too (issue 16). An
 * anonymous answer is written without a community, so that no answer can be
 * tied to the few people of a small community who answered. Instead the
 * flush counts each community's ratings and publishes them only by fives:
 * questionnaire_community_ratings holds published sums (each step at least
 * five answers), questionnaire_community_pending the sums still under five,
 * sealed like a held answer (see questionnaires/community-ratings.ts). Only
 * additions.
 */
const statements = [
  `create table questionnaire_community_ratings (
    questionnaire_id uuid not null references questionnaires(id),
    community_id uuid not null references communities(id),
    counted_on date not null,
    county_id uuid not null references counties(id),
    answers integer not null check (answers >= 5),
    ratings integer not null check (ratings >= 0),
    rating_sum integer not null check (rating_sum >= 0),
    primary key (questionnaire_id, community_id, counted_on)
  )`,
  `create index questionnaire_community_ratings_by_day on questionnaire_community_ratings (county_id, counted_on)`,
  `create table questionnaire_community_pending (
    questionnaire_id uuid not null references questionnaires(id),
    community_id uuid not null references communities(id),
    key_id text not null check (length(key_id) between 8 and 64),
    sealed bytea not null,
    primary key (questionnaire_id, community_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table questionnaire_community_pending').execute(db);
  await sql.raw('drop table questionnaire_community_ratings').execute(db);
}
