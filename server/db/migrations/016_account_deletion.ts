import { Kysely, sql } from 'kysely';

/**
 * 注销账号: a person can delete their account. The row stays (ledgers, tallies
 * and public records keep pointing at it and keep their numbers) but its
 * personal data goes: no openid, no name, no phone, no birth month, and a
 * time it was deleted. The county names who runs the app and how to reach
 * them, for its privacy policy and user agreement. Only additions (a deleted
 * row may lack an openid).
 */
const statements = [
  `alter table users add column deleted_at timestamptz`,
  `alter table counties add column privacy_operator text not null default ''`,
  `alter table counties add column privacy_contact text not null default ''`,
  `alter table users drop constraint users_child_without_wechat`,
  `alter table users add constraint users_child_without_wechat check (openid is not null or deleted_at is not null or (added_by is not null and birth_month is not null))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table users drop constraint users_child_without_wechat').execute(db);
  await sql.raw(`alter table users add constraint users_child_without_wechat check (openid is not null or (added_by is not null and birth_month is not null))`).execute(db);
  await sql.raw('alter table users drop column deleted_at').execute(db);
  await sql.raw('alter table counties drop column privacy_contact').execute(db);
  await sql.raw('alter table counties drop column privacy_operator').execute(db);
}
