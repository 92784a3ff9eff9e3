import { call } from '../../../lib/cloud'
import type { AnswerInput, Id, SubmitResult } from './types'

/** questionnaires.submit — once per person; CONFLICT when already answered, CLOSED outside the dates. */
export function submitAnswers(questionnaireId: Id, answers: Record<string, AnswerInput>): Promise<SubmitResult> {
  return call<SubmitResult>('questionnaires', 'submit', { questionnaireId, answers })
}
