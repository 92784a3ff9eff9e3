import { Kysely, sql } from 'kysely';

/**
 * 好人推荐: residents nominate good people; the nominee agrees to be shown
 * (through a code the nominator passes on, or staff who asked them in
 * person); staff review; approved stories are public and residents support
 * each once (a primary key, and a counter moved in the same transaction);
 * the admin awards titles by year.
 */
const statements = [
  `create table good_people (
    id uuid primary key,
    county_id uuid not null references counties(id),
    category text not null check (category in ('helping','bravery','honesty','dedication','filial','youth')),
    nominee_name text not null,
    -- How to reach the nominee: for the nominator, staff and the admin only.
    nominee_contact text not null,
    story text not null,
    photos jsonb not null default '[]'::jsonb,
    nominated_by uuid not null references users(id),
    community_id uuid references communities(id),
    status text not null check (status in ('awaiting_consent','declined','submitted','changes_requested','approved','rejected')),
    consent_code_hash text not null unique,
    consent_by uuid references users(id),
    consent_via text check (consent_via in ('nominee','staff')),
    consent_note text,
    consent_at timestamptz,
    review_note text,
    reviewed_by uuid references users(id),
    reviewed_at timestamptz,
    supports integer not null default 0 check (supports >= 0),
    version integer not null default 1 check (version > 0),
    -- Made with the draft on the phone: a retried submit finds the first nomination.
    idempotency_key uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (nominated_by, idempotency_key)
  )`,
  `create index good_people_gallery on good_people (county_id, status, category, supports desc)`,
  `create index good_people_review on good_people (county_id, community_id, status)`,
  `create index good_people_by_nominator on good_people (nominated_by, created_at desc)`,
  `create table good_people_supports (
    good_person_id uuid not null references good_people(id),
    user_id uuid not null references users(id),
    county_id uuid not null references counties(id),
    at timestamptz not null,
    primary key (good_person_id, user_id)
  )`,
  `create table good_people_titles (
    id uuid primary key,
    county_id uuid not null references counties(id),
    good_person_id uuid not null references good_people(id),
    year integer not null check (year between 2000 and 2100),
    title text not null,
    awarded_by uuid not null references users(id),
    awarded_at timestamptz not null,
    unique (good_person_id, year, title)
  )`,
  `create index good_people_titles_by_year on good_people_titles (county_id, year)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['good_people_titles', 'good_people_supports', 'good_people']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
