import type { UseCaseContext } from '../../../core/action';
import { campaignDayNumber } from '../../../core/clock';
import { currentSignerCounts } from '../../conventions/facade';
import { countApprovedHomes } from '../../households/facade';
import type { CampaignSummary } from '../contracts';

export async function summary({ db, actor, now }: UseCaseContext): Promise<CampaignSummary> {
  const [county, counts, householdsBound] = await Promise.all([
    db.selectFrom('counties').select(['name', 'campaignName', 'campaignStart']).where('id', '=', actor.countyId).executeTakeFirstOrThrow(),
    currentSignerCounts(db, actor.countyId),
    countApprovedHomes(db, actor.countyId),
  ]);
  const sum = (kind: string) => counts.filter((c) => c.kind === kind).reduce((total, c) => total + c.signerCount, 0);
  return {
    countyName: county.name,
    campaignName: county.campaignName,
    startDate: county.campaignStart,
    dayNumber: campaignDayNumber(county.campaignStart, now),
    figures: { signers: sum('civic'), shopsPledged: sum('shop'), householdsBound },
  };
}
