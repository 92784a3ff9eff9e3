import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * The county's own row, written first: every tenant-owned row that the rest
 * of the set-up writes carries its id and references it. The campaign's
 * settings start as the set-up names them; the admin edits them later.
 */
export async function insertCounty(db: Kysely<DB>, county: { id: string; name: string; campaignName: string; campaignStart: string; slogan: string }): Promise<void> {
  await db.insertInto('counties').values({ id: county.id, name: county.name, campaignName: county.campaignName, campaignStart: county.campaignStart, slogan: county.slogan }).execute();
}
