import { Kysely, sql } from 'kysely';

/**
 * A child's own WeChat, linked by a one-time code from a guardian: six digits
 * (and the same code in a QR or shared card) for 24 hours. Only the code's
 * hash is kept. A new code replaces the child's unused one; one open code per
 * child, and an open code is unique in the deployment (the child's phone
 * belongs to no county yet). Only additions.
 */
const statements = [
  `create table child_links (
    id uuid primary key,
    county_id uuid not null references counties(id),
    child_id uuid not null references users(id),
    created_by uuid not null references users(id),
    code_hash text not null check (length(code_hash) = 64),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    replaced_at timestamptz,
    check (expires_at > created_at),
    check (used_at is null or replaced_at is null)
  )`,
  `create unique index child_links_open_code on child_links (code_hash) where used_at is null and replaced_at is null`,
  `create unique index child_links_open_child on child_links (child_id) where used_at is null and replaced_at is null`,
  `create index child_links_county on child_links (county_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table child_links').execute(db);
}
