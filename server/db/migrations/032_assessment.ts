import { Kysely, sql } from 'kysely';

/**
 * Monthly assessment and ranking (issue 16), and volunteers entering a
 * passer-by's questionnaire answers (代填).
 *
 * Questionnaires: an answer may carry the community it speaks for (a named
 * self-answer: the respondent's home then; a 代填 entry: the community the
 * volunteer picked) and the volunteer who entered it; a questionnaire counts
 * its 代填 entries apart (proxy_count, moved with answer_count); a
 * volunteer's 代填 entries per Beijing day, for the daily cap.
 *
 * Assessment: the weights the county admin sets, one row per part; a published
 * month (its weights as used) and its frozen per-community scores: later data
 * never changes a published month. Only additions.
 */
const statements = [
  `alter table questionnaire_answers add column community_id uuid references communities(id)`,
  `alter table questionnaire_answers add column entered_by uuid references users(id)`,
  `create index questionnaire_answers_by_community on questionnaire_answers (county_id, submitted_on) where community_id is not null`,
  `alter table questionnaires add column proxy_count integer not null default 0 check (proxy_count >= 0)`,
  `create table questionnaire_proxy_days (
    volunteer_id uuid not null references users(id),
    day date not null,
    county_id uuid not null references counties(id),
    entries integer not null check (entries >= 0),
    primary key (volunteer_id, day)
  )`,
  `create table assessment_weights (
    county_id uuid not null references counties(id),
    part text not null,
    weight integer not null check (weight between 0 and 100),
    updated_by uuid not null references users(id),
    updated_at timestamptz not null,
    primary key (county_id, part)
  )`,
  `create table assessment_months (
    county_id uuid not null references counties(id),
    month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    weights jsonb not null,
    published_by uuid not null references users(id),
    published_at timestamptz not null,
    primary key (county_id, month)
  )`,
  `create table assessment_scores (
    county_id uuid not null,
    month text not null,
    community_id uuid not null references communities(id),
    community_name text not null,
    area_name text not null,
    rank integer check (rank > 0),
    total double precision check (total between 0 and 100),
    parts jsonb not null,
    primary key (county_id, month, community_id),
    foreign key (county_id, month) references assessment_months(county_id, month)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['assessment_scores', 'assessment_months', 'assessment_weights', 'questionnaire_proxy_days']) await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw('alter table questionnaires drop column proxy_count').execute(db);
  await sql.raw('drop index questionnaire_answers_by_community').execute(db);
  await sql.raw('alter table questionnaire_answers drop column entered_by').execute(db);
  await sql.raw('alter table questionnaire_answers drop column community_id').execute(db);
}
