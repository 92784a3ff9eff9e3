import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { CampaignSummary } from '../contracts';
import { campaignPhase, PHASE_LABELS } from '../domain/phases';
import { campaignsOf, CampaignRow } from '../repo';

export function toSummary(c: Omit<CampaignRow, 'entries'> & { entries: number }, now: Date): CampaignSummary {
  const phase = campaignPhase(c, now);
  return {
    id: c.id,
    title: c.title,
    phase,
    phaseLabel: PHASE_LABELS[phase],
    nominationStartsAt: iso(c.nominationStartsAt),
    nominationEndsAt: iso(c.nominationEndsAt),
    votingStartsAt: iso(c.votingStartsAt),
    votingEndsAt: iso(c.votingEndsAt),
    entries: c.entries,
  };
}

/** The county's 文明家庭 campaigns, the latest first; past ones stay readable. */
export async function listCampaigns({ db, actor, now }: UseCaseContext): Promise<CampaignSummary[]> {
  return (await campaignsOf(db, actor.countyId)).map((c) => toSummary(c, now));
}
