import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { FamilyEntry } from '../contracts';
import { campaignPhase } from '../domain/phases';
import { findCampaign, freezeResults } from '../repo';
import { approvedEntries, frozenResults } from '../rows';
import { toEntries } from '../views';

/**
 * The voting list and ranking: live from the tally counters while voting runs;
 * after it ends, the ranking frozen at that moment (written once, by whoever
 * reads first or by the scheduler). A family whose consent was withdrawn is
 * not shown, frozen or not.
 */
export async function listEntries({ db, actor, now }: UseCaseContext, input: { campaignId: string }): Promise<FamilyEntry[]> {
  const campaign = await findCampaign(db, actor.countyId, input.campaignId);
  if (!campaign) throw fail.notFound('没有找到这次评选');
  if (campaignPhase(campaign, now) === 'results') {
    if (!campaign.resultsFrozenAt) await freezeResults(db, campaign.id, now);
    return toEntries(await frozenResults(db, campaign.id));
  }
  return toEntries(await approvedEntries(db, campaign.id));
}
