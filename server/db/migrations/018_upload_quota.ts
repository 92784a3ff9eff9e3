import { Kysely, sql } from 'kysely';

/**
 * Uploads: a daily limit per person, and what has never been attached.
 *
 * upload_daily_counts holds each person's uploads of a Beijing day. Its
 * CHECKs are the limit (60 photos, 60 MiB): the 61st increment, or the one
 * that would pass 60 MiB, is refused inside the uploading transaction, and
 * the row lock of the upsert makes concurrent uploads of one person wait for
 * each other instead of all reading "59". The figures are also in
 * files/contracts.ts (for the messages); change both together.
 *
 * uploads.unattached_since is set when the new code stores a photo and cleared
 * when a use case attaches it (files facade). Rows older than this migration,
 * or written by the release before, stay null: never taken for unattached,
 * never removed by the clean-up. Only additions.
 */
const statements = [
  `create table upload_daily_counts (
    county_id uuid not null references counties(id),
    owner_id uuid not null references users(id),
    day text not null check (day ~ '^\\d{4}-\\d{2}-\\d{2}$'),
    photos integer not null constraint upload_daily_photos_limit check (photos between 1 and 60),
    bytes integer not null constraint upload_daily_bytes_limit check (bytes between 1 and 62914560),
    primary key (owner_id, day)
  )`,
  `alter table uploads add column unattached_since timestamptz`,
  // The clean-up reads only the photos waiting to be attached, oldest first.
  `create index uploads_unattached on uploads (unattached_since) where unattached_since is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of ['drop index uploads_unattached', 'alter table uploads drop column unattached_since', 'drop table upload_daily_counts']) {
    await sql.raw(statement).execute(db);
  }
}
