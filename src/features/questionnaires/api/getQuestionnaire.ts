import { call } from '../../../lib/cloud'
import type { Id, QuestionnaireView } from './types'

/** questionnaires.detail — the questions; refused to people outside the audience. */
export function getQuestionnaire(questionnaireId: Id): Promise<QuestionnaireView> {
  return call<QuestionnaireView>('questionnaires', 'detail', { questionnaireId })
}
