import { Kysely, sql } from 'kysely';

/**
 * 积分换互助 (issue 15): after a volunteer accepted, the requester cancels
 * only with the helper's agreement — the request keeps the pending ask (when,
 * and the requester's reason) until the helper agrees or declines. Only
 * additions.
 */
const statements = [
  `alter table help_requests add column cancel_asked_at timestamptz`,
  `alter table help_requests add column cancel_reason text`,
  `alter table help_requests add constraint help_requests_cancel_ask check ((cancel_asked_at is null) = (cancel_reason is null))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table help_requests drop constraint help_requests_cancel_ask').execute(db);
  await sql.raw('alter table help_requests drop column cancel_reason').execute(db);
  await sql.raw('alter table help_requests drop column cancel_asked_at').execute(db);
}
