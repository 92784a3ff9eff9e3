import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CampaignSettings } from './contracts';

/**
 * The county's campaign as its home page shows it and its admins edit it;
 * `lock` holds the county's row until the transaction ends (two admins saving
 * at once: one after the other, each on the other's result).
 */
export async function readCampaign(db: Kysely<DB>, countyId: string, lock = false): Promise<CampaignSettings> {
  let query = db.selectFrom('counties').select(['name', 'campaignName', 'campaignStart', 'slogan', 'bannerRef', 'privacyOperator', 'privacyContact']).where('id', '=', countyId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  return {
    countyName: row.name,
    campaignName: row.campaignName,
    campaignStart: row.campaignStart,
    slogan: row.slogan,
    bannerRef: row.bannerRef,
    privacyOperator: row.privacyOperator,
    privacyContact: row.privacyContact,
  };
}

export async function writeCampaign(db: Kysely<DB>, countyId: string, settings: Omit<CampaignSettings, 'countyName'>): Promise<void> {
  await db
    .updateTable('counties')
    .set({
      campaignName: settings.campaignName,
      campaignStart: settings.campaignStart,
      slogan: settings.slogan,
      bannerRef: settings.bannerRef,
      privacyOperator: settings.privacyOperator,
      privacyContact: settings.privacyContact,
    })
    .where('id', '=', countyId)
    .execute();
}

/** The county's name (every county exists: the caller's own, or one a row of the caller's points at). */
export function countyOf(db: Kysely<DB>, countyId: string) {
  return db.selectFrom('counties').select(['id', 'name']).where('id', '=', countyId).executeTakeFirstOrThrow();
}

export async function countyExists(db: Kysely<DB>, countyId: string): Promise<boolean> {
  return (await db.selectFrom('counties').select('id').where('id', '=', countyId).executeTakeFirst()) !== undefined;
}

/** The counties of this deployment, by name: what a newcomer chooses from. */
export function listCounties(db: Kysely<DB>) {
  return db.selectFrom('counties').select(['id', 'name', 'campaignName']).orderBy('name').execute();
}

/**
 * The county's own row, written first: every tenant-owned row that the rest
 * of the set-up writes carries its id and references it. The campaign's
 * settings start as the set-up names them; the admin edits them later.
 */
export async function insertCounty(db: Kysely<DB>, county: { id: string; name: string; campaignName: string; campaignStart: string; slogan: string }): Promise<void> {
  await db.insertInto('counties').values({ id: county.id, name: county.name, campaignName: county.campaignName, campaignStart: county.campaignStart, slogan: county.slogan }).execute();
}
