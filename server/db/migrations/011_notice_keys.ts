import { Kysely, sql } from 'kysely';

/** A notice posted again by a retry (the network failed after the server saved it) is the same notice. */
const statements = [
  `alter table notices add column idempotency_key uuid`,
  `create unique index notices_once_per_key on notices (author_id, idempotency_key) where idempotency_key is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index notices_once_per_key').execute(db);
  await sql.raw('alter table notices drop column idempotency_key').execute(db);
}
