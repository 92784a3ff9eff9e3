import { adults, anyone, contactFromAdults, countyAdmin, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { goodPeopleInputs } from './contracts';
import { answerConsent } from './use-cases/answer-consent';
import { awardTitle } from './use-cases/award-title';
import { confirmConsent } from './use-cases/confirm-consent';
import { consentByCode } from './use-cases/consent-by-code';
import { consentRequest } from './use-cases/consent-request';
import { goodPeopleGallery } from './use-cases/good-people-gallery';
import { goodPersonDetail } from './use-cases/good-person-detail';
import { goodPersonEvents } from './use-cases/good-person-events';
import { honourRoll } from './use-cases/honour-roll';
import { listCategories } from './use-cases/list-categories';
import { lookupCode } from './use-cases/lookup-code';
import { myGoodPeople } from './use-cases/my-good-people';
import { nominationHistory } from './use-cases/nomination-history';
import { nominateGoodPerson } from './use-cases/nominate-good-person';
import { reviewGoodPerson } from './use-cases/review-good-person';
import { reviewQueue } from './use-cases/review-queue';
import { reviseGoodPerson } from './use-cases/revise-good-person';
import { supportGoodPerson } from './use-cases/support-good-person';
import { withdrawGoodPerson } from './use-cases/withdraw-good-person';

export const goodPeopleModule = defineModule('goodPeople', {
  categories: defineAction({ authorize: anyone, childMode: true, input: goodPeopleInputs.categories, run: listCategories, readOnly: true }),
  nominate: defineAction({ authorize: contactFromAdults, input: goodPeopleInputs.nominate, run: nominateGoodPerson, texts: { scene: 'social', fields: (input) => ({ nomineeName: input.nomineeName, story: input.story }) } }),
  mine: defineAction({ authorize: anyone, input: goodPeopleInputs.mine, run: myGoodPeople, readOnly: true }),
  detail: defineAction({ authorize: anyone, childMode: true, input: goodPeopleInputs.detail, run: goodPersonDetail, readOnly: true }),
  lookupCode: defineAction({ authorize: anyone, input: goodPeopleInputs.lookupCode, run: lookupCode, readOnly: true }),
  consentByCode: defineAction({ authorize: anyone, input: goodPeopleInputs.consentByCode, run: consentByCode }),
  consentRequest: defineAction({ authorize: adults, input: goodPeopleInputs.consentRequest, run: consentRequest, readOnly: true }),
  answerConsent: defineAction({ authorize: adults, input: goodPeopleInputs.answerConsent, run: answerConsent }),
  confirmConsent: defineAction({ authorize: withRole('staff', 'admin'), input: goodPeopleInputs.confirmConsent, run: confirmConsent }),
  reviewQueue: defineAction({ authorize: withRole('staff', 'admin'), input: goodPeopleInputs.reviewQueue, run: reviewQueue, readOnly: true }),
  review: defineAction({ authorize: withRole('staff', 'admin'), input: goodPeopleInputs.review, run: reviewGoodPerson, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  revise: defineAction({ authorize: anyone, input: goodPeopleInputs.revise, run: reviseGoodPerson, texts: { scene: 'social', fields: (input) => ({ story: input.story }) } }),
  gallery: defineAction({ authorize: anyone, childMode: true, input: goodPeopleInputs.gallery, run: goodPeopleGallery, readOnly: true }),
  support: defineAction({ authorize: anyone, input: goodPeopleInputs.support, run: supportGoodPerson }),
  award: defineAction({ authorize: countyAdmin, input: goodPeopleInputs.award, run: awardTitle }),
  honourRoll: defineAction({ authorize: anyone, childMode: true, input: goodPeopleInputs.honourRoll, run: honourRoll, readOnly: true }),
  events: defineAction({ authorize: anyone, input: goodPeopleInputs.events, run: goodPersonEvents, readOnly: true }),
  history: defineAction({ authorize: anyone, input: goodPeopleInputs.history, run: nominationHistory, readOnly: true }),
  withdraw: defineAction({ authorize: anyone, input: goodPeopleInputs.withdraw, run: withdrawGoodPerson, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
});
