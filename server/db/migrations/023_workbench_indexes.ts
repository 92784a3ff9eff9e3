import { Kysely, sql } from 'kysely';

/**
 * Indexes for the workbench counts, which run on every 首页 of a working
 * person: a team leader's and a community's activities (hours to certify,
 * applications), and the county's open vote flags (partial: resolved flags are
 * never counted). Only additions.
 */
const statements = [
  `create index activities_county_team on activities (county_id, team_id) where team_id is not null`,
  `create index activities_county_community on activities (county_id, community_id) where community_id is not null`,
  `create index family_vote_flags_county_open on family_vote_flags (county_id) where resolved_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['family_vote_flags_county_open', 'activities_county_community', 'activities_county_team']) {
    await sql.raw(`drop index ${index}`).execute(db);
  }
}
