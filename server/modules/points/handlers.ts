import { anyone, countyAdmin } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { pointsInputs } from './contracts';
import { myBalance } from './use-cases/my-balance';
import { myHistory } from './use-cases/my-history';
import { pointsPolicy, setPointsPolicy } from './use-cases/policy';

export const pointsModule = defineModule('points', {
  balance: defineAction({ authorize: anyone, input: pointsInputs.balance, run: myBalance, readOnly: true }),
  history: defineAction({ authorize: anyone, input: pointsInputs.history, run: myHistory, readOnly: true }),
  policy: defineAction({ authorize: anyone, input: pointsInputs.policy, run: pointsPolicy, readOnly: true }),
  setPolicy: defineAction({ authorize: countyAdmin, input: pointsInputs.setPolicy, run: setPointsPolicy }),
});
