import { call } from '../../../lib/cloud'
import type { Id, QuestionnaireResults } from './types'

/** questionnaires.results — per question from the counters: option counts, rating spread and average. */
export function getResults(questionnaireId: Id): Promise<QuestionnaireResults> {
  return call<QuestionnaireResults>('questionnaires', 'results', { questionnaireId })
}
