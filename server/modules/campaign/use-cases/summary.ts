import type { UseCaseContext } from '../../../core/action';
import { campaignDayNumber } from '../../../core/clock';
import { signerTotals } from '../../conventions/facade';
import { countBoundHouseholds } from '../../households/facade';
import type { CampaignSummary } from '../contracts';

export async function summary({ db, actor, now }: UseCaseContext): Promise<CampaignSummary> {
  const [county, counts, householdsBound] = await Promise.all([
    db.selectFrom('counties').select(['name', 'campaignName', 'campaignStart']).where('id', '=', actor.countyId).executeTakeFirstOrThrow(),
    signerTotals(db, actor.countyId),
    countBoundHouseholds(db, actor.countyId),
  ]);
  const sum = (kind: string) => counts.filter((c) => c.kind === kind).reduce((total, c) => total + c.signerTotal, 0);
  return {
    countyName: county.name,
    campaignName: county.campaignName,
    startDate: county.campaignStart,
    dayNumber: campaignDayNumber(county.campaignStart, now),
    figures: { signers: sum('civic'), shopsPledged: sum('shop'), householdsBound },
  };
}
