import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { datesRefusal } from '../domain/phases';
import { insertCampaign } from '../repo';

interface CreateCampaignInput {
  title: string;
  description: string;
  nominationStartsAt: string;
  nominationEndsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
  votesPerDay: number;
  repeatSameFamily: boolean;
  requireHousehold: boolean;
  minorsMayVote: boolean;
  familyVotesPerMinute: number;
}

/** The command centre opens a campaign: its phases' dates and its voting rules. */
export async function createCampaign(ctx: UseCaseContext, input: CreateCampaignInput): Promise<{ campaignId: string }> {
  if (!isCountyAdmin(ctx.actor)) throw fail.forbidden('只有县创文指挥中心可以发起评选');
  const dates = {
    nominationStartsAt: new Date(input.nominationStartsAt),
    nominationEndsAt: new Date(input.nominationEndsAt),
    votingStartsAt: new Date(input.votingStartsAt),
    votingEndsAt: new Date(input.votingEndsAt),
  };
  const wrong = datesRefusal(dates);
  if (wrong) throw fail.validation(wrong.message, [{ field: wrong.field, message: wrong.message }]);
  const id = newId();
  await insertCampaign(ctx.db, {
    id,
    countyId: ctx.actor.countyId,
    title: input.title,
    description: input.description,
    ...dates,
    votesPerDay: input.votesPerDay,
    repeatSameFamily: input.repeatSameFamily,
    requireHousehold: input.requireHousehold,
    minorsMayVote: input.minorsMayVote,
    familyVotesPerMinute: input.familyVotesPerMinute,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'family_campaign.create', subjectType: 'family_campaign', subjectId: id, data: { ...input }, at: ctx.now });
  return { campaignId: id };
}
