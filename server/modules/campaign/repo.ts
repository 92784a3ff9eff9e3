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
