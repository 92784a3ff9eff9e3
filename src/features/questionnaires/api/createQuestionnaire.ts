import { call } from '../../../lib/cloud'
import type { CreateQuestionnaireInput, Id } from './types'

/** questionnaires.create — staff for their community or a building in it, the admin for the county or anywhere. */
export function createQuestionnaire(input: CreateQuestionnaireInput): Promise<{ questionnaireId: Id }> {
  return call<{ questionnaireId: Id }>('questionnaires', 'create', input)
}
