import { call } from '../../../lib/cloud'
import type { Id, TextAnswerPage } from './types'

/** questionnaires.textAnswers — one text question's answers, newest day first, a page at a time. */
export function listTextAnswers(questionnaireId: Id, questionId: string, after?: string): Promise<TextAnswerPage> {
  return call<TextAnswerPage>('questionnaires', 'textAnswers', { questionnaireId, questionId, limit: 10, ...(after ? { after } : {}) })
}
