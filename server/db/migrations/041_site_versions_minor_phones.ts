import { Kysely, sql } from 'kysely';

/**
 * 督查暗访: an inspection site gets a version. An edit is written only onto
 * the version the admin saw (update … where version = seen), so of two
 * admins editing one site at once one is written and the other is told to
 * reload, never silently overwritten. Only additions.
 */
const statements = [`alter table inspection_sites add column version integer not null default 1`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table inspection_sites drop column version').execute(db);
}
