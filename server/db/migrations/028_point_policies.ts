import { Kysely, sql } from 'kysely';

/**
 * The county's points policy (积分有效期): points expire this many years after
 * they were earned, oldest first (志愿黄石/黄山: three years). No row: the
 * default, 3. The expiry itself is written to the ledger as transfers back to
 * the pool, so nothing here holds a balance. Only additions.
 */
const statements = [
  `create table point_policies (
    county_id uuid primary key references counties(id),
    expiry_years integer not null check (expiry_years between 1 and 10),
    updated_by uuid references users(id),
    updated_at timestamptz not null
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table point_policies').execute(db);
}
