import { defineAction, defineModule } from '../../core/action';
import { familiesInputs } from './contracts';
import { campaignDetail } from './use-cases/campaign-detail';
import { castVote } from './use-cases/cast-vote';
import { createCampaign } from './use-cases/create-campaign';
import { exportVotes } from './use-cases/export-votes';
import { giveConsent } from './use-cases/give-consent';
import { listCampaigns } from './use-cases/list-campaigns';
import { listEntries } from './use-cases/list-entries';
import { consentRequests, myNominations } from './use-cases/my-nominations';
import { nominateFamily } from './use-cases/nominate-family';
import { nominationDetail } from './use-cases/nomination-detail';
import { householdStars, rateHousehold } from './use-cases/rate-household';
import { reviewNomination } from './use-cases/review-nomination';
import { reviewQueue } from './use-cases/review-queue';
import { reviseNomination } from './use-cases/revise-nomination';
import { voteFlags } from './use-cases/vote-flags';
import { voidVotes } from './use-cases/void-votes';
import { withdrawConsent } from './use-cases/withdraw-consent';

export const familiesModule = defineModule('families', {
  campaigns: defineAction({ childMode: true, input: familiesInputs.campaigns, run: listCampaigns, readOnly: true }),
  campaign: defineAction({ childMode: true, input: familiesInputs.campaign, run: campaignDetail, readOnly: true }),
  createCampaign: defineAction({ input: familiesInputs.createCampaign, run: createCampaign }),
  nominate: defineAction({ childMode: true, input: familiesInputs.nominate, run: nominateFamily }),
  mine: defineAction({ input: familiesInputs.mine, run: myNominations, readOnly: true }),
  consentRequests: defineAction({ input: familiesInputs.consentRequests, run: consentRequests, readOnly: true }),
  nomination: defineAction({ childMode: true, input: familiesInputs.nomination, run: nominationDetail, readOnly: true }),
  consent: defineAction({ input: familiesInputs.consent, run: giveConsent }),
  withdrawConsent: defineAction({ input: familiesInputs.withdrawConsent, run: withdrawConsent }),
  revise: defineAction({ childMode: true, input: familiesInputs.revise, run: reviseNomination }),
  reviewQueue: defineAction({ input: familiesInputs.reviewQueue, run: reviewQueue, readOnly: true }),
  review: defineAction({ input: familiesInputs.review, run: reviewNomination }),
  entries: defineAction({ childMode: true, input: familiesInputs.entries, run: listEntries }),
  vote: defineAction({ input: familiesInputs.vote, run: castVote }),
  flags: defineAction({ input: familiesInputs.flags, run: voteFlags, readOnly: true }),
  voidVotes: defineAction({ input: familiesInputs.voidVotes, run: voidVotes }),
  exportVotes: defineAction({ input: familiesInputs.exportVotes, run: exportVotes }),
  rateHousehold: defineAction({ input: familiesInputs.rateHousehold, run: rateHousehold }),
  householdStars: defineAction({ input: familiesInputs.householdStars, run: householdStars, readOnly: true }),
});
