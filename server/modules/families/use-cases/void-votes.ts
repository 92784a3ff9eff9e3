import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { addToTally, findCampaign, votesByIds, voidVotes as markVoided } from '../repo';

/** The admin voids votes with a reason; each family's tally drops by its voided votes in the same transaction. */
export async function voidVotes(ctx: UseCaseContext, input: { voteIds: string[]; reason: string }): Promise<{ voided: number }> {
  const { db, actor, now } = ctx;
  if (!isCountyAdmin(actor)) throw fail.forbidden('只有县创文指挥中心可以作废选票');
  const votes = await votesByIds(db, actor.countyId, input.voteIds);
  if (votes.length !== new Set(input.voteIds).size) throw fail.notFound('有的选票不存在');
  for (const campaignId of new Set(votes.map((v) => v.campaignId))) {
    const campaign = await findCampaign(db, actor.countyId, campaignId);
    if (campaign?.resultsFrozenAt) throw fail.closed('结果已经公布，不能再作废选票');
  }
  const voided = await markVoided(db, input.voteIds, actor.userId, input.reason, now);
  const perFamily = new Map<string, number>();
  for (const v of voided) perFamily.set(v.nominationId, (perFamily.get(v.nominationId) ?? 0) + 1);
  for (const [nominationId, n] of perFamily) await addToTally(db, nominationId, -n);
  await recordAudit(db, actor, {
    role: 'admin',
    action: 'family_votes.void',
    subjectType: 'family_votes',
    subjectId: voided[0]?.id ?? input.voteIds[0],
    data: { voteIds: voided.map((v) => v.id), reason: input.reason },
    at: now,
  });
  return { voided: voided.length };
}
