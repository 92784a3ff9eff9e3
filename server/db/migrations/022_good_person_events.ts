import { Kysely, sql } from 'kysely';

/**
 * 好人推荐 keep their history, as 文明家庭 nominations do (021): one row per
 * step — submitted, the nominee's answer (consent given with the code or
 * confirmed by staff, or refused), revised, reviewed (the decision and its
 * note), a title awarded, consent withdrawn (by the person who gave it, or by
 * staff on their behalf), withdrawn (the system, when the nominator's account
 * is deleted with the nomination undecided) — written in the transaction of
 * the step it records.
 *
 * - `version` is the nomination's version once the step applied: one step per
 *   version (the unique key is the backstop against a racing second writer).
 * - `actor_id` says who; the name is read from `users` when the history is
 *   shown, so 注销 keeps the step and drops the name. `actor_role` says in
 *   which capacity (the nominator, the nominee answering with the code, a
 *   child's guardian answering for them, staff, the admin, the system).
 * - `content_hash` is the SHA-256 of what would be published at that version
 *   (name, category, story, photos; never the contact): a consent names the
 *   exact text it covers without a second copy of the story.
 * - `note`: the reviewer's reason, how staff confirmed or withdrew the
 *   agreement. `award_year` / `award_title`: the title an `awarded` step gave.
 *
 * Append-only: the trigger function of 021 refuses UPDATE, DELETE and
 * TRUNCATE. Nominations made before this migration have no history. Only
 * additions.
 */
const statements = [
  `create table good_person_events (
    id uuid primary key,
    county_id uuid not null references counties(id),
    good_person_id uuid not null references good_people(id),
    version integer not null check (version > 0),
    type text not null check (type in ('submitted','consent_given','consent_refused','revised','reviewed','awarded','consent_withdrawn','withdrawn')),
    actor_id uuid references users(id),
    actor_role text not null check (actor_role in ('nominator','nominee','guardian','staff','admin','system')),
    decision text check (decision in ('approve','changes','reject')),
    note text,
    award_year integer check (award_year between 2000 and 2100),
    award_title text,
    content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    at timestamptz not null,
    unique (good_person_id, version),
    check ((type = 'reviewed') = (decision is not null)),
    check ((type = 'awarded') = (award_title is not null)),
    check ((award_title is null) = (award_year is null))
  )`,
  `create trigger good_person_events_append_only before update or delete on good_person_events
    for each row execute function refuse_history_edit()`,
  `create trigger good_person_events_no_truncate before truncate on good_person_events
    for each statement execute function refuse_history_edit()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // refuse_history_edit() belongs to 021.
  await sql.raw('drop table good_person_events').execute(db);
}
