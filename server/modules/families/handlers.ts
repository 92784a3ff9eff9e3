import { anyone, countyAdmin, withRole } from '../../core/authorize';
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
import { nominationHistory } from './use-cases/nomination-history';
import { householdStars, rateHousehold } from './use-cases/rate-household';
import { reviewNomination } from './use-cases/review-nomination';
import { reviewQueue } from './use-cases/review-queue';
import { reviseNomination } from './use-cases/revise-nomination';
import { voteFlags } from './use-cases/vote-flags';
import { voidVotes } from './use-cases/void-votes';
import { withdrawConsent } from './use-cases/withdraw-consent';

export const familiesModule = defineModule('families', {
  campaigns: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.campaigns, run: listCampaigns, readOnly: true }),
  campaign: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.campaign, run: campaignDetail, readOnly: true }),
  createCampaign: defineAction({ authorize: countyAdmin, input: familiesInputs.createCampaign, run: createCampaign }),
  nominate: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.nominate, run: nominateFamily, texts: { scene: 'social', fields: (input) => ({ displayName: input.displayName, story: input.story }) } }),
  mine: defineAction({ authorize: anyone, input: familiesInputs.mine, run: myNominations, readOnly: true }),
  consentRequests: defineAction({ authorize: anyone, input: familiesInputs.consentRequests, run: consentRequests, readOnly: true }),
  nomination: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.nomination, run: nominationDetail, readOnly: true }),
  history: defineAction({ authorize: anyone, input: familiesInputs.history, run: nominationHistory, readOnly: true }),
  consent: defineAction({ authorize: anyone, input: familiesInputs.consent, run: giveConsent, texts: { scene: 'social', fields: (input) => ({ displayName: input.displayName, story: input.story }) } }),
  withdrawConsent: defineAction({ authorize: anyone, input: familiesInputs.withdrawConsent, run: withdrawConsent }),
  revise: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.revise, run: reviseNomination, texts: { scene: 'social', fields: (input) => ({ displayName: input.displayName, story: input.story }) } }),
  reviewQueue: defineAction({ authorize: withRole('staff', 'admin'), input: familiesInputs.reviewQueue, run: reviewQueue, readOnly: true }),
  review: defineAction({ authorize: withRole('staff', 'admin'), input: familiesInputs.review, run: reviewNomination, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  entries: defineAction({ authorize: anyone, childMode: true, input: familiesInputs.entries, run: listEntries }),
  vote: defineAction({ authorize: anyone, input: familiesInputs.vote, run: castVote }),
  flags: defineAction({ authorize: countyAdmin, input: familiesInputs.flags, run: voteFlags, readOnly: true }),
  voidVotes: defineAction({ authorize: countyAdmin, input: familiesInputs.voidVotes, run: voidVotes }),
  exportVotes: defineAction({ authorize: countyAdmin, input: familiesInputs.exportVotes, run: exportVotes }),
  rateHousehold: defineAction({ authorize: withRole('staff', 'admin'), input: familiesInputs.rateHousehold, run: rateHousehold }),
  householdStars: defineAction({ authorize: anyone, input: familiesInputs.householdStars, run: householdStars, readOnly: true }),
});
