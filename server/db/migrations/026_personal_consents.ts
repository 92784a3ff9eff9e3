import { Kysely, sql } from 'kysely';

/**
 * Separate consents to sensitive personal information (个人信息保护法 第二十九条):
 * the precise location the phone gives (a 随手拍's place, a check-in) and a
 * volunteer's real name and phone. One row per consent given, kept after it
 * is withdrawn (the record of what was agreed, to which text version, when);
 * at most one live consent per person and purpose. Only additions.
 */
const statements = [
  `create table personal_consents (
    id uuid primary key,
    county_id uuid not null references counties(id),
    user_id uuid not null references users(id),
    purpose text not null check (purpose in ('precise_location', 'volunteer_identity')),
    text_version integer not null check (text_version > 0),
    given_at timestamptz not null,
    withdrawn_at timestamptz check (withdrawn_at is null or withdrawn_at >= given_at)
  )`,
  `create unique index personal_consents_live on personal_consents (user_id, purpose) where withdrawn_at is null`,
  `create index personal_consents_county on personal_consents (county_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table personal_consents').execute(db);
}
