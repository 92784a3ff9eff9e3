import { Kysely, sql } from 'kysely';

/**
 * The captain's last metre: notices to a building's units with read receipts
 * per household, building matters raised by residents, and questionnaires
 * answered once per person (anonymous ones keep no link from answer to person).
 */
const statements = [
  `create table notices (
    id uuid primary key,
    county_id uuid not null references counties(id),
    building_id uuid not null references buildings(id),
    author_id uuid not null references users(id),
    title text not null,
    body text not null,
    images jsonb not null default '[]',
    pinned boolean not null default false,
    ends_at timestamptz not null,
    status text not null check (status in ('published','withdrawn')),
    version integer not null default 1 check (version > 0),
    -- Households in the audience and those that have read it: the receipt headline never counts rows.
    audience_households integer not null check (audience_households >= 0),
    read_households integer not null default 0 check (read_households >= 0 and read_households <= audience_households),
    acknowledged_households integer not null default 0 check (acknowledged_households >= 0),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index notices_by_building on notices (building_id, status, pinned desc, created_at desc)`,
  `create table notice_units (
    notice_id uuid not null references notices(id),
    unit_id uuid not null references units(id),
    primary key (notice_id, unit_id)
  )`,
  `create index notice_units_by_unit on notice_units (unit_id, notice_id)`,
  // Every version, as posted, edited or withdrawn: the history stays when a notice changes.
  `create table notice_revisions (
    id uuid primary key,
    county_id uuid not null references counties(id),
    notice_id uuid not null references notices(id),
    version integer not null,
    action text not null check (action in ('posted','edited','withdrawn')),
    title text not null,
    body text not null,
    images jsonb not null,
    pinned boolean not null,
    ends_at timestamptz not null,
    unit_ids jsonb not null,
    by_user uuid not null references users(id),
    at timestamptz not null,
    unique (notice_id, version, action)
  )`,
  // A receipt per household: the first reader makes it, reading again changes nothing.
  `create table notice_reads (
    notice_id uuid not null references notices(id),
    household_id uuid not null references households(id),
    county_id uuid not null references counties(id),
    first_reader uuid not null references users(id),
    read_at timestamptz not null,
    acknowledged_by uuid references users(id),
    acknowledged_at timestamptz,
    reminded_at timestamptz,
    primary key (notice_id, household_id)
  )`,
  `create table building_matters (
    id uuid primary key,
    county_id uuid not null references counties(id),
    building_id uuid not null references buildings(id),
    unit_id uuid not null references units(id),
    household_id uuid not null references households(id),
    raised_by uuid not null references users(id),
    kind text not null check (kind in ('waste','clutter','noise','dispute','other')),
    text text not null,
    photos jsonb not null default '[]',
    status text not null check (status in ('open','answered','resolved','reported')),
    answer text,
    answered_by uuid references users(id),
    answered_at timestamptz,
    resolution text,
    resolved_at timestamptz,
    report_id uuid references reports(id),
    version integer not null default 1,
    idempotency_key uuid not null,
    created_at timestamptz not null,
    unique (raised_by, idempotency_key)
  )`,
  `create index building_matters_by_building on building_matters (building_id, status, created_at desc)`,
  `create index building_matters_by_person on building_matters (raised_by, created_at desc)`,
  `create table questionnaires (
    id uuid primary key,
    county_id uuid not null references counties(id),
    title text not null,
    intro text not null default '',
    questions jsonb not null,
    audience_type text not null check (audience_type in ('county','community','building')),
    audience_id uuid not null,
    anonymous boolean not null,
    opens_at timestamptz not null,
    closes_at timestamptz not null,
    answer_count integer not null default 0 check (answer_count >= 0),
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    check (closes_at > opens_at)
  )`,
  `create index questionnaires_by_county on questionnaires (county_id, closes_at desc)`,
  // Who has answered: the one-answer rule. It names no answer, so an anonymous answer cannot be traced back.
  `create table questionnaire_respondents (
    questionnaire_id uuid not null references questionnaires(id),
    user_id uuid not null references users(id),
    primary key (questionnaire_id, user_id)
  )`,
  `create table questionnaire_answers (
    id uuid primary key,
    county_id uuid not null references counties(id),
    questionnaire_id uuid not null references questionnaires(id),
    -- Null on an anonymous questionnaire: then nothing here points at a person, and the time is kept to the day only.
    respondent_id uuid references users(id),
    answers jsonb not null,
    submitted_on text not null
  )`,
  `create index questionnaire_answers_by_questionnaire on questionnaire_answers (questionnaire_id)`,
  // Per question and choice: the bar charts read these counters, never the answers.
  `create table questionnaire_tallies (
    questionnaire_id uuid not null references questionnaires(id),
    question_id text not null,
    choice text not null,
    count integer not null default 0 check (count >= 0),
    primary key (questionnaire_id, question_id, choice)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['questionnaire_tallies', 'questionnaire_answers', 'questionnaire_respondents', 'questionnaires', 'building_matters', 'notice_reads', 'notice_revisions', 'notice_units', 'notices']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
