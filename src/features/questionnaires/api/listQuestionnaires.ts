import { call } from '../../../lib/cloud'
import type { QuestionnaireList } from './types'

/** questionnaires.list — what the caller may answer (open first) and, for staff and the admin, what they manage. */
export function listQuestionnaires(): Promise<QuestionnaireList> {
  return call<QuestionnaireList>('questionnaires', 'list', {})
}
