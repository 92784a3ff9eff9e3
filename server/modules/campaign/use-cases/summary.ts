import type { UseCaseContext } from '../../../core/action';
import { campaignDayNumber } from '../../../core/clock';
import { signerTotals } from '../../conventions/facade';
import { countBoundHouseholds } from '../../households/facade';
import type { CampaignSummary } from '../contracts';
import { readCampaign } from '../repo';

export async function summary({ db, actor, now }: UseCaseContext): Promise<CampaignSummary> {
  const [county, counts, householdsBound] = await Promise.all([
    readCampaign(db, actor.countyId),
    signerTotals(db, actor.countyId),
    countBoundHouseholds(db, actor.countyId),
  ]);
  const sum = (kind: string) => counts.filter((c) => c.kind === kind).reduce((total, c) => total + c.signerTotal, 0);
  return {
    countyId: actor.countyId,
    countyName: county.countyName,
    campaignName: county.campaignName,
    startDate: county.campaignStart,
    dayNumber: campaignDayNumber(county.campaignStart, now),
    slogan: county.slogan,
    bannerRef: county.bannerRef,
    privacyOperator: county.privacyOperator,
    privacyContact: county.privacyContact,
    figures: { signers: sum('civic'), shopsPledged: sum('shop'), householdsBound },
  };
}
