import { commandCentreOnly, countyPeople } from './permissions';
import { defineAction, defineModule } from '../../core/action';
import { assessmentInputs } from './contracts';
import { previewMonth } from './use-cases/compute-month';
import { getWeights, setWeights } from './use-cases/manage-weights';
import { publishMonth } from './use-cases/publish-month';
import { readRanking } from './use-cases/read-ranking';

/**
 * 月度考核: the command centre sets the weights, reviews a month computed from
 * inspections, 随手拍 handling, questionnaires and the plan's tasks, and
 * publishes it (frozen); everyone of the county reads the published ranking.
 */
export const assessmentModule = defineModule('assessment', {
  weights: defineAction({ authorize: commandCentreOnly, input: assessmentInputs.weights, run: getWeights, readOnly: true }),
  setWeights: defineAction({ authorize: commandCentreOnly, input: assessmentInputs.setWeights, run: setWeights }),
  preview: defineAction({ authorize: commandCentreOnly, input: assessmentInputs.preview, run: previewMonth, readOnly: true }),
  publish: defineAction({ authorize: commandCentreOnly, input: assessmentInputs.publish, run: publishMonth }),
  ranking: defineAction({ authorize: countyPeople, input: assessmentInputs.ranking, run: readRanking, readOnly: true }),
});
