import { Kysely, sql } from 'kysely';

/**
 * 文明家庭 nominations keep their history: one row per step — submitted,
 * consent given or withdrawn, revised, reviewed (the decision and its note),
 * withdrawn — written in the transaction of the step it records.
 *
 * - `version` is the nomination's version once the step applied: one step per
 *   version (the unique key is the backstop against a racing second writer).
 * - `actor_id` says who; the name is read from `users` when the history is
 *   shown, so 注销 keeps the step and drops the name. `actor_role` says in
 *   which capacity (the child, the nominator, a guardian, an adult of the
 *   nominated household, staff, the admin, or the system on an account's
 *   deletion).
 * - `content_hash` is the SHA-256 of what the nomination said at that version
 *   (family name, story, photos, whether the child's name shows): a consent
 *   names exactly the text it covers without copying a child's story into a
 *   table that can never forget it. `child_name_shown` is that last bit, readable.
 *
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. Nominations made
 * before this migration have no history. Only additions.
 */
const statements = [
  `create table family_nomination_events (
    id uuid primary key,
    county_id uuid not null references counties(id),
    nomination_id uuid not null references family_nominations(id),
    version integer not null check (version > 0),
    type text not null check (type in ('submitted','consent_given','revised','reviewed','consent_withdrawn','withdrawn')),
    actor_id uuid references users(id),
    actor_role text not null check (actor_role in ('child','nominator','guardian','household','staff','admin','system')),
    decision text check (decision in ('approve','changes','reject')),
    note text,
    content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    child_name_shown boolean not null,
    at timestamptz not null,
    unique (nomination_id, version),
    check ((type = 'reviewed') = (decision is not null))
  )`,
  `create function refuse_history_edit() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name using errcode = '23514';
    end
  $$`,
  `create trigger family_nomination_events_append_only before update or delete on family_nomination_events
    for each row execute function refuse_history_edit()`,
  `create trigger family_nomination_events_no_truncate before truncate on family_nomination_events
    for each statement execute function refuse_history_edit()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table family_nomination_events').execute(db);
  await sql.raw('drop function refuse_history_edit()').execute(db);
}
