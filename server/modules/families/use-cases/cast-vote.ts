import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { AppError, fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentHome } from '../../households/facade';
import type { VoteResult } from '../contracts';
import { minuteOf } from '../domain/burst';
import { campaignPhase } from '../domain/phases';
import { dedupeKey, voteRefusal } from '../domain/vote-rules';
import { addToTally, countFamilyMinute, countVoterDay, insertVote, voteTarget } from '../repo';
import { flagBurst } from './flag-burst';

export const DAY_LIMIT_MESSAGE = '今天的投票次数已用完，明天再来吧';

function isCheckViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23514';
}

/** Runs a counter step; its CHECK refusing (the transaction is then aborted) becomes RATE_LIMITED. */
async function within<T>(step: Promise<T>, message: string): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (isCheckViolation(error)) throw fail.rateLimited(message);
    throw error;
  }
}

/**
 * One vote. Eligibility (window, minors, household, own family) is checked
 * from the server's facts; the limits are the database's: a unique key makes
 * a second vote for the same family that day a no-op, a CHECKed counter
 * refuses the vote past the day's limit, another the family's burst past its
 * per-minute limit. The tally counter moves in the same transaction, so the
 * tally always equals the valid votes.
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
  const inserted = await insertVote(db, {
    id: voteId,
    countyId: actor.countyId,
    campaignId: campaign.id,
    nominationId: entry.id,
    voterId: actor.userId,
    day,
    dedupeKey: dedupeKey(campaign, entry.id, voteId),
    at: now,
    voterCreatedAt: actor.accountCreatedAt,
  });
  if (!inserted) throw fail.conflict('今天已经给这个家庭投过票了，明天再来吧');
  const usedToday = await within(countVoterDay(db, { campaignId: campaign.id, voterId: actor.userId, day, limit: campaign.votesPerDay }), DAY_LIMIT_MESSAGE);
  await within(countFamilyMinute(db, { nominationId: entry.id, minute: minuteOf(now), limit: campaign.familyVotesPerMinute }), '为这个家庭投票的人太多了，请过一分钟再试');
  const votes = await addToTally(db, entry.id, 1);
  await flagBurst(ctx, { campaignId: campaign.id, nominationId: entry.id, displayName: entry.displayName, voterCreatedAt: actor.accountCreatedAt });
  return { votes: votes ?? 0, votesLeftToday: Math.max(0, campaign.votesPerDay - usedToday) };
}
