import { Kysely, sql } from 'kysely';

/**
 * WeChat subscribe messages: each "allow" a person taps gives one message of
 * that topic; the inbox row records whether it was pushed, so the timer sends
 * each message at most once.
 */
const statements = [
  `alter table inbox_messages add column push_state text check (push_state in ('sending','sent','skipped','failed'))`,
  `create index inbox_messages_to_push on inbox_messages (created_at) where push_state is null`,
  `create table subscribe_grants (
    user_id uuid not null references users(id),
    topic text not null,
    remaining integer not null default 0 check (remaining between 0 and 50),
    updated_at timestamptz not null,
    primary key (user_id, topic)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table subscribe_grants').execute(db);
  await sql.raw('drop index inbox_messages_to_push').execute(db);
  await sql.raw('alter table inbox_messages drop column push_state').execute(db);
}
