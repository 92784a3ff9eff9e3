import { Kysely, sql } from 'kysely';

/**
 * A county's areas and communities are known by name (the import's natural
 * keys): one of each name per county, so that importing a sheet twice, or two
 * admins at once, cannot make two of the same.
 */
const statements = [
  `create unique index areas_county_name on areas (county_id, name)`,
  `create unique index communities_county_name on communities (county_id, name)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index communities_county_name').execute(db);
  await sql.raw('drop index areas_county_name').execute(db);
}
