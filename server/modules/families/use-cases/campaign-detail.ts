import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { currentHome } from '../../households/facade';
import type { CampaignDetail } from '../contracts';
import { campaignPhase } from '../domain/phases';
import { findCampaign, liveNominationOfHousehold, votesUsedToday } from '../repo';
import { toSummary } from './list-campaigns';

export async function campaignDetail({ db, actor, now }: UseCaseContext, input: { campaignId: string }): Promise<CampaignDetail> {
  const c = await findCampaign(db, actor.countyId, input.campaignId);
  if (!c) throw fail.notFound('没有找到这次评选');
  const phase = campaignPhase(c, now);
  const home = await currentHome(db, actor.countyId, actor.userId);
  const mine = home ? await liveNominationOfHousehold(db, c.id, home.householdId) : undefined;
  const used = phase === 'voting' ? await votesUsedToday(db, c.id, actor.userId, beijingDay(now)) : null;
  return {
    ...toSummary(c, now),
    description: c.description,
    rules: { votesPerDay: c.votesPerDay, repeatSameFamily: c.repeatSameFamily, requireHousehold: c.requireHousehold, minorsMayVote: c.minorsMayVote },
    votesLeftToday: used === null ? null : Math.max(0, c.votesPerDay - used),
    myNominationId: mine?.id ?? null,
    mayNominate: phase === 'nomination' && home !== null && !mine,
    isAdmin: isCountyAdmin(actor),
  };
}
