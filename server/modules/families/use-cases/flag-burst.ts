import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { newId } from '../../../core/ids';
import { holdersOf } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { BURST_THRESHOLD, BURST_WINDOW_MINUTES, burstWindowStart, isNewAccount, NEW_ACCOUNT_HOURS } from '../domain/burst';
import { newAccountVotes, upsertFlag } from '../repo';

/**
 * After a vote from a new account: if the family now has a burst of such
 * votes in this window, record (or update) a flag with the evidence and tell
 * the county's admins the first time. The votes still count until the admin
 * decides; nothing is dropped silently.
 */
export async function flagBurst(
  { db, actor, now }: Pick<UseCaseContext, 'db' | 'actor' | 'now'>,
  vote: { campaignId: string; nominationId: string; displayName: string; voterCreatedAt: Date },
): Promise<void> {
  if (!isNewAccount(vote.voterCreatedAt, now)) return;
  const windowStart = burstWindowStart(now);
  const windowEnd = new Date(windowStart.getTime() + BURST_WINDOW_MINUTES * 60_000);
  const suspicious = await newAccountVotes(db, vote.nominationId, windowStart, windowEnd, NEW_ACCOUNT_HOURS);
  if (suspicious.length < BURST_THRESHOLD) return;
  const flagId = newId();
  await upsertFlag(db, {
    id: flagId,
    countyId: actor.countyId,
    campaignId: vote.campaignId,
    nominationId: vote.nominationId,
    windowStart,
    newAccountVotes: suspicious.length,
    evidence: { votes: suspicious.map((v) => ({ voteId: v.id, at: iso(v.at), accountCreatedAt: iso(v.voterCreatedAt) })) },
    at: now,
  });
  if (suspicious.length !== BURST_THRESHOLD) return;
  const admins = await holdersOf(db, actor.countyId, 'admin', 'county');
  await deliver(
    db,
    actor.countyId,
    admins.map((userId) => ({
      userId,
      kind: 'family',
      title: '疑似刷票提醒',
      body: `${BURST_WINDOW_MINUTES}分钟内有${BURST_THRESHOLD}张以上选票来自刚注册的账号，投给了“${vote.displayName}”。请查看证据后决定是否作废。`,
      link: `/features/families/pages/flags/index?campaignId=${vote.campaignId}`,
      sourceKey: `family-flag:${vote.nominationId}:${windowStart.toISOString()}`,
    })),
    now,
  );
}
