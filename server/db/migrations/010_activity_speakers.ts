import { Kysely, sql } from 'kysely';

/**
 * 讲述人: the organiser of an activity (a 板凳讲堂, say) links approved good
 * people who tell their story there — at most ten, in the order shown (a
 * position 0–9, unique per activity, so the database itself holds the limit).
 * Links stay when a good person stops being public; reads show only the
 * public ones. A good person's consent to be shown can now be withdrawn
 * (status 'withdrawn': hidden everywhere again).
 */
const statements = [
  `create table activity_speakers (
    activity_id uuid not null references activities(id),
    good_person_id uuid not null references good_people(id),
    county_id uuid not null references counties(id),
    position smallint not null check (position between 0 and 9),
    added_by uuid not null references users(id),
    added_at timestamptz not null,
    primary key (activity_id, good_person_id),
    unique (activity_id, position)
  )`,
  `create index activity_speakers_by_good_person on activity_speakers (good_person_id)`,
  `alter table good_people drop constraint good_people_status_check`,
  `alter table good_people add constraint good_people_status_check
    check (status in ('awaiting_consent','declined','submitted','changes_requested','approved','rejected','withdrawn'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table activity_speakers').execute(db);
  await sql.raw('alter table good_people drop constraint good_people_status_check').execute(db);
  await sql
    .raw(`alter table good_people add constraint good_people_status_check check (status in ('awaiting_consent','declined','submitted','changes_requested','approved','rejected'))`)
    .execute(db);
}
