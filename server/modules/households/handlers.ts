import { adults, anyone, refusing, withRole } from '../../core/authorize';
import { defineAction, defineModule, defineNewcomerAction } from '../../core/action';
import { childInputs, childLinkInputs, householdsInputs } from './contracts';
import { childLinkCode, linkChild, openChildLink } from './use-cases/child-link';
import { addChild, children } from './use-cases/children';
import { cancelRequest } from './use-cases/cancel-request';
import { captainQueue } from './use-cases/captain-queue';
import { decideBinding } from './use-cases/decide-binding';
import { myBinding } from './use-cases/my-binding';
import { requestBinding } from './use-cases/request-binding';

export const householdsModule = defineModule('households', {
  requestBinding: defineAction({ authorize: anyone, input: householdsInputs.requestBinding, run: requestBinding }),
  myBinding: defineAction({ authorize: anyone, input: householdsInputs.myBinding, run: myBinding, readOnly: true }),
  cancelRequest: defineAction({ authorize: anyone, input: householdsInputs.cancelRequest, run: cancelRequest }),
  captainQueue: defineAction({ authorize: withRole('captain', 'staff'), input: householdsInputs.captainQueue, run: captainQueue, readOnly: true }),
  decide: defineAction({ authorize: withRole('captain', 'staff'), input: householdsInputs.decide, run: decideBinding, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  children: defineAction({ authorize: anyone, input: childInputs.children, run: children, readOnly: true }),
  addChild: defineAction({ authorize: refusing(adults, '孩子请让家长来添加'), input: childInputs.addChild, run: addChild }),
  childLinkCode: defineAction({ authorize: refusing(adults, '孩子请让家长来生成号码'), input: childLinkInputs.childLinkCode, run: childLinkCode }),
  openChildLink: defineNewcomerAction({ input: childLinkInputs.openChildLink, run: openChildLink }),
  linkChild: defineNewcomerAction({ input: childLinkInputs.linkChild, run: linkChild }),
});
