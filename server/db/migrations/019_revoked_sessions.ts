import { Kysely, sql } from 'kysely';

/**
 * Sessions of the local server that were signed out before they expired. A
 * session is a signed token that would otherwise stay good for thirty days, so
 * sign-out writes its id here and every request checks; rows past the token's
 * own expiry are useless and are removed by the scheduler. Only an addition.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    create table revoked_sessions (
      id text primary key check (length(id) between 16 and 64),
      expires_at timestamptz not null
    )`).execute(db);
  await sql.raw('create index revoked_sessions_expires_at on revoked_sessions (expires_at)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table revoked_sessions').execute(db);
}
