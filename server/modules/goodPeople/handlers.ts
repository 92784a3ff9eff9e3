import { defineAction, defineModule } from '../../core/action';
import { goodPeopleInputs } from './contracts';
import { awardTitle } from './use-cases/award-title';
import { confirmConsent } from './use-cases/confirm-consent';
import { consentByCode } from './use-cases/consent-by-code';
import { goodPeopleGallery } from './use-cases/good-people-gallery';
import { goodPersonDetail } from './use-cases/good-person-detail';
import { goodPersonEvents } from './use-cases/good-person-events';
import { honourRoll } from './use-cases/honour-roll';
import { listCategories } from './use-cases/list-categories';
import { lookupCode } from './use-cases/lookup-code';
import { myGoodPeople } from './use-cases/my-good-people';
import { nominateGoodPerson } from './use-cases/nominate-good-person';
import { reviewGoodPerson } from './use-cases/review-good-person';
import { reviewQueue } from './use-cases/review-queue';
import { reviseGoodPerson } from './use-cases/revise-good-person';
import { supportGoodPerson } from './use-cases/support-good-person';
import { withdrawGoodPerson } from './use-cases/withdraw-good-person';

export const goodPeopleModule = defineModule('goodPeople', {
  categories: defineAction({ childMode: true, input: goodPeopleInputs.categories, run: listCategories, readOnly: true }),
  nominate: defineAction({ input: goodPeopleInputs.nominate, run: nominateGoodPerson }),
  mine: defineAction({ input: goodPeopleInputs.mine, run: myGoodPeople, readOnly: true }),
  detail: defineAction({ childMode: true, input: goodPeopleInputs.detail, run: goodPersonDetail, readOnly: true }),
  lookupCode: defineAction({ input: goodPeopleInputs.lookupCode, run: lookupCode, readOnly: true }),
  consentByCode: defineAction({ input: goodPeopleInputs.consentByCode, run: consentByCode }),
  confirmConsent: defineAction({ input: goodPeopleInputs.confirmConsent, run: confirmConsent }),
  reviewQueue: defineAction({ input: goodPeopleInputs.reviewQueue, run: reviewQueue, readOnly: true }),
  review: defineAction({ input: goodPeopleInputs.review, run: reviewGoodPerson }),
  revise: defineAction({ input: goodPeopleInputs.revise, run: reviseGoodPerson }),
  gallery: defineAction({ childMode: true, input: goodPeopleInputs.gallery, run: goodPeopleGallery, readOnly: true }),
  support: defineAction({ input: goodPeopleInputs.support, run: supportGoodPerson }),
  award: defineAction({ input: goodPeopleInputs.award, run: awardTitle }),
  honourRoll: defineAction({ childMode: true, input: goodPeopleInputs.honourRoll, run: honourRoll, readOnly: true }),
  events: defineAction({ input: goodPeopleInputs.events, run: goodPersonEvents, readOnly: true }),
  withdraw: defineAction({ input: goodPeopleInputs.withdraw, run: withdrawGoodPerson }),
});
