import { Kysely, sql } from 'kysely';

/** 十星级文明户: staff rate a household against ten criteria; its stars show on the family's card. */
const statements = [
  `create table household_stars (
    household_id uuid primary key references households(id),
    county_id uuid not null references counties(id),
    criteria jsonb not null,
    stars integer not null check (stars between 0 and 10),
    rated_by uuid not null references users(id),
    rated_at timestamptz not null
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table household_stars').execute(db);
}
