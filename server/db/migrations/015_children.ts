import { Kysely, sql } from 'kysely';

/**
 * Children without a WeChat account of their own: a guardian adds them (given
 * name and birth month, nothing more) and they act in child mode on the
 * guardian's phone. Minor status follows the birth month once it is known.
 * A family nomination remembers whose phone a child wrote it on, so that
 * guardian's consent takes a second, explicit look. Only additions (a child's
 * openid may now be empty).
 */
const statements = [
  `alter table users alter column openid drop not null`,
  `alter table users add column birth_month text check (birth_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')`,
  `alter table users add column added_by uuid references users(id)`,
  // A child added by a guardian has no WeChat of their own: no openid, and a birth month.
  `alter table users add constraint users_child_without_wechat check (openid is not null or (added_by is not null and birth_month is not null))`,
  `alter table family_nominations add column hosted_by uuid references users(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table family_nominations drop column hosted_by').execute(db);
  await sql.raw('alter table users drop constraint users_child_without_wechat').execute(db);
  await sql.raw('alter table users drop column added_by').execute(db);
  await sql.raw('alter table users drop column birth_month').execute(db);
  await sql.raw('alter table users alter column openid set not null').execute(db);
}
