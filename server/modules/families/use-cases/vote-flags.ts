import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { VoteFlag } from '../contracts';
const HOUR_MS = 3_600_000;
import { flagsOf, votesByIds } from '../repo';

/** The admin's list of suspected brushing, each with its votes (to void or to let stand). */
export async function voteFlags({ db, actor }: UseCaseContext, input: { campaignId: string }): Promise<VoteFlag[]> {
  if (!isCountyAdmin(actor)) throw fail.forbidden('只有县创文指挥中心可以查看');
  const flags = await flagsOf(db, actor.countyId, input.campaignId);
  return Promise.all(
    flags.map(async (f) => {
      const ids = ((f.evidence as { votes?: { voteId: string }[] }).votes ?? []).map((v) => v.voteId);
      const votes = ids.length ? await votesByIds(db, actor.countyId, ids) : [];
      return {
        id: f.id,
        nominationId: f.nominationId,
        displayName: f.displayName,
        windowStart: iso(f.windowStart),
        newAccountVotes: f.newAccountVotes,
        votes: votes.map((v) => ({
          voteId: v.id,
          at: iso(v.at),
          accountAgeHours: Math.round(((v.at.getTime() - v.voterCreatedAt.getTime()) / HOUR_MS) * 10) / 10,
          voided: v.voidedAt !== null,
        })),
      };
    }),
  );
}
