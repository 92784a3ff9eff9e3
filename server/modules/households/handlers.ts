import { defineAction, defineModule } from '../../core/action';
import { childInputs, householdsInputs } from './contracts';
import { addChild, children } from './use-cases/children';
import { cancelRequest } from './use-cases/cancel-request';
import { captainQueue } from './use-cases/captain-queue';
import { decideBinding } from './use-cases/decide-binding';
import { myBinding } from './use-cases/my-binding';
import { requestBinding } from './use-cases/request-binding';

export const householdsModule = defineModule('households', {
  requestBinding: defineAction({ input: householdsInputs.requestBinding, run: requestBinding }),
  myBinding: defineAction({ input: householdsInputs.myBinding, run: myBinding, readOnly: true }),
  cancelRequest: defineAction({ input: householdsInputs.cancelRequest, run: cancelRequest }),
  captainQueue: defineAction({ input: householdsInputs.captainQueue, run: captainQueue, readOnly: true }),
  decide: defineAction({ input: householdsInputs.decide, run: decideBinding }),
  children: defineAction({ input: childInputs.children, run: children, readOnly: true }),
  addChild: defineAction({ input: childInputs.addChild, run: addChild }),
});
