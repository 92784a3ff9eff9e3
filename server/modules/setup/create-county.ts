import { beijingDay } from '../../core/clock';
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { recordSystemAudit, type SystemActor } from '../../core/audit';
import { createAdminClaim } from '../appointments/facade';
import { publishFirstTexts } from '../conventions/facade';
import { createDefaultCategories } from '../reports/facade';
import { createStandardTeams } from '../volunteers/facade';
import { civicConvention, responsibilityLetter, SHOP_PLEDGE } from './default-texts';
import { insertCounty } from '../campaign/facade';

export interface NewCounty {
  name: string;
  campaignName: string;
  /** The campaign's first day, YYYY-MM-DD (Beijing). */
  campaignStart: string;
  slogan?: string;
}

export interface CreatedCounty {
  countyId: string;
  /** The one-time code that makes its first user the county's admin, and the mini-program path that carries it. */
  adminClaim: { code: string; path: string; expiresAt: Date };
}

/**
 * A county ready to be claimed: its row, the civic convention and shop pledge
 * in its own name (version 1, to revise), the problem types of 随手拍, the
 * eighteen volunteer teams, and the admin's claim code. Places, departments
 * and people are the county's own, added once its admin is in. Audited
 * (`county.create`, `appointment.claim_issued`) as the tool `by` that made it.
 */
export async function createCounty(db: Kysely<DB>, county: NewCounty, now: Date, by: SystemActor): Promise<CreatedCounty> {
  const countyId = newId();
  await insertCounty(db, { id: countyId, name: county.name, campaignName: county.campaignName, campaignStart: county.campaignStart, slogan: county.slogan ?? '' });
  await recordSystemAudit(db, countyId, { by, action: 'county.create', subjectType: 'county', subjectId: countyId, data: { name: county.name, campaignName: county.campaignName, campaignStart: county.campaignStart }, at: now });
  await publishFirstTexts(db, countyId, [{ kind: 'civic', ...civicConvention(county.name) }, { kind: 'shop', ...SHOP_PLEDGE }, { kind: 'responsibility', ...responsibilityLetter(county.name, Number(beijingDay(now).slice(0, 4))) }], now);
  await createDefaultCategories(db, countyId);
  await createStandardTeams(db, countyId);
  return { countyId, adminClaim: await createAdminClaim(db, countyId, now, by) };
}
