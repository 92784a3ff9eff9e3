import { Kysely, sql } from 'kysely';

/**
 * Issue 14: a good-person nomination of someone who uses the app reaches them
 * (or, for a child, their guardians) as a consent request in 消息; and a
 * revision after consent asks for consent again (good people and 文明家庭).
 *
 * - `good_person_consent_asks`: who was asked in the app to answer a
 *   nomination, and in which capacity (the nominee themselves, or a guardian
 *   of a minor nominee). Only these people may answer it in the app; the
 *   rows of a nomination are replaced when a revision asks again. Not a
 *   history (the history is good_person_events): a row says "may answer now".
 * - `users_county_phone`: matching a nomination's phone to a user of the
 *   county is one index lookup, whatever the county's size.
 * - `good_person_events.channel`: how the nominee's side answered
 *   (`code`: with the one-time code; `inbox`: from the request in 消息);
 *   null for every other step and for answers recorded before this migration.
 * - `asks_consent` on both histories: this step sent the nomination back to
 *   the nominee (the family) for consent — a revision after consent.
 *
 * Only additions: a function of the release before keeps working (it never
 * reads the new columns; their defaults fill its inserts).
 */
const statements = [
  `create table good_person_consent_asks (
    good_person_id uuid not null references good_people(id),
    user_id uuid not null references users(id),
    county_id uuid not null references counties(id),
    answerer_role text not null check (answerer_role in ('nominee','guardian')),
    asked_at timestamptz not null,
    primary key (good_person_id, user_id)
  )`,
  `create index good_person_consent_asks_by_user on good_person_consent_asks (user_id)`,
  `create index users_county_phone on users (county_id, phone) where phone is not null`,
  `alter table good_person_events add column channel text check (channel in ('code','inbox'))`,
  `alter table good_person_events add column asks_consent boolean not null default false`,
  `alter table family_nomination_events add column asks_consent boolean not null default false`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table family_nomination_events drop column asks_consent').execute(db);
  await sql.raw('alter table good_person_events drop column asks_consent').execute(db);
  await sql.raw('alter table good_person_events drop column channel').execute(db);
  await sql.raw('drop index users_county_phone').execute(db);
  await sql.raw('drop table good_person_consent_asks').execute(db);
}
