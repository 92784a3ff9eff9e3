import { Kysely, sql } from 'kysely';

/**
 * A captain's invitation may name the captain's own room in the building
 * (issue 13 §3): on accepting, the captain is bound to it at once, the
 * inviter vouching for them. Only a captain's invitation names a room. Only
 * additions.
 */
const statements = [
  `alter table invitations add column household_id uuid references households(id)`,
  `alter table invitations add constraint invitations_home_only_captain check (household_id is null or role = 'captain')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table invitations drop constraint invitations_home_only_captain').execute(db);
  await sql.raw('alter table invitations drop column household_id').execute(db);
}
