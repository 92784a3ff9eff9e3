import { Kysely, sql } from 'kysely';

/** A person's avatar, chosen the current WeChat way (the chooseAvatar button) and uploaded as a photo. Only an addition. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table users add column avatar_ref text').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table users drop column avatar_ref').execute(db);
}
