import type { UseCaseContext } from '../../../core/action';
import { countEvent } from '../../dashboard/facade';
import { beijingDay } from '../../../core/clock';
import { AppError, fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentHome } from '../../households/facade';
import type { VoteResult } from '../contracts';
import { minuteOf } from '../domain/burst';
import { campaignPhase } from '../domain/phases';
import { dedupeKey, voteRefusal } from '../domain/vote-rules';
import { recordVote, voteLimitHit, voteTarget } from '../repo';
import { flagBurst } from './flag-burst';

export const DAY_LIMIT_MESSAGE = '今天的投票次数已用完，明天再来吧';

/**
 * One vote. Eligibility (window, minors, household, own family) is checked
 * from the server's facts; the limits are the database's: a unique key makes
 * a second vote for the same family that day a no-op, a CHECKed counter
 * refuses the vote past the day's limit, another the family's burst past its
 * per-minute limit. The vote, both counters and the tally are one statement,
 * so the tally always equals the valid votes.
 */
export async function castVote(ctx: UseCaseContext, input: { nominationId: string }): Promise<VoteResult> {
  const { db, actor, now } = ctx;
  const entry = await voteTarget(db, actor.countyId, input.nominationId);
  if (!entry || entry.status !== 'approved') throw fail.notFound('这个家庭不在投票名单中');
  const campaign = { ...entry, id: entry.campaignId };
  const home = await currentHome(db, actor.countyId, actor.userId);
  const refusal = voteRefusal(campaignPhase(campaign, now), campaign, { isMinor: actor.isMinor, householdId: home?.householdId ?? null }, entry);
  if (refusal) throw new AppError(refusal.code, refusal.message);

  const day = beijingDay(now);
  const voteId = newId();
  let recorded: Awaited<ReturnType<typeof recordVote>>;
  try {
    recorded = await recordVote(db, {
      id: voteId,
      countyId: actor.countyId,
      campaignId: campaign.id,
      nominationId: entry.id,
      voterId: actor.userId,
      day,
      dedupeKey: dedupeKey(campaign, entry.id, voteId),
      at: now,
      voterCreatedAt: actor.accountCreatedAt,
      minute: minuteOf(now),
      dayLimit: campaign.votesPerDay,
      minuteLimit: campaign.familyVotesPerMinute,
    });
  } catch (error) {
    const limit = voteLimitHit(error);
    if (limit === 'day') throw fail.rateLimited(DAY_LIMIT_MESSAGE);
    if (limit === 'minute') throw fail.rateLimited('为这个家庭投票的人太多了，请过一分钟再试');
    throw error;
  }
  if (!recorded.inserted) throw fail.conflict('今天已经给这个家庭投过票了，明天再来吧');
  // 投票数 under the 片区 of the voter's home (a count only: the dashboard never learns whom it was for).
  await countEvent(db, { countyId: actor.countyId, metric: 'votes', at: now, areaId: home?.areaId ?? null });
  await flagBurst(ctx, { campaignId: campaign.id, nominationId: entry.id, displayName: entry.displayName, voterCreatedAt: actor.accountCreatedAt });
  return { votes: recorded.votes, votesLeftToday: Math.max(0, campaign.votesPerDay - recorded.usedToday) };
}
