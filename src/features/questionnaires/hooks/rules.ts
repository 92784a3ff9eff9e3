/**
 * The questionnaire's rules as the server's contract has them
 * (server/modules/questionnaires/domain/rules.ts and answers.ts): checked on the
 * phone first so the person sees at once what is missing; the server checks
 * again. A copy, not an import: the Taro build compiles only src/ (test/ui
 * holds the two in step).
 */
import type { AnswerInput, QuestionKind, QuestionnaireState, QuestionView } from '../api/types'

export const LIMITS = {
  titleMin: 4,
  titleMax: 60,
  introMax: 500,
  questionsMin: 1,
  questionsMax: 30,
  questionTitleMax: 100,
  optionsMin: 2,
  optionsMax: 10,
  optionMax: 40,
  ratingMin: 1,
  ratingMax: 5,
  textMax: 500,
  proxyDailyCap: 60,
} as const

export const KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  rating: '评分题',
  text: '简答题',
}

/** The words under the 1–5 rating, from 1 to 5. */
export const RATING_WORDS = ['很不满意', '不满意', '一般', '满意', '很满意'] as const

/** 小手拉大手 questionnaires go to the county or a community, and never carry a child's name (the server's CHILDREN_AUDIENCE, CHILDREN_ANONYMOUS). */
export const CHILDREN_AUDIENCE = '给孩子们的问卷发给全县或一个社区'
export const CHILDREN_ANONYMOUS = '给孩子们的问卷都不记名，不收集孩子的名字'

export const STATE_LABELS: Record<QuestionnaireState, string> = { open: '进行中', upcoming: '未开始', closed: '已结束' }

import { charCount } from '../../../lib/form'

export { charCount } from '../../../lib/form'

/** Whether a question has an answer worth sending (an empty text or no option ticked is no answer). */
export function isAnswered(value: AnswerInput | undefined): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}

/** What is left to do before sending: the required questions without an answer, a text too long. Keyed by question id. */
export function answerErrors(questions: QuestionView[], answers: Record<string, AnswerInput>): Record<string, string> {
  const e: Record<string, string> = {}
  questions.forEach((q, i) => {
    const v = answers[q.id]
    if (!isAnswered(v)) {
      if (q.required) e[q.id] = `第${i + 1}题必须回答`
      return
    }
    if (q.kind === 'text' && typeof v === 'string' && charCount(v) > LIMITS.textMax) e[q.id] = `第${i + 1}题不能超过${LIMITS.textMax}个字`
  })
  return e
}

/** The answers to send: only those answered and still belonging to the questionnaire, texts trimmed. */
export function answersToSend(questions: QuestionView[], answers: Record<string, AnswerInput>): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {}
  for (const q of questions) {
    const v = answers[q.id]
    if (!isAnswered(v)) continue
    out[q.id] = typeof v === 'string' ? v.trim() : v
  }
  return out
}

/** 3 of 8 answered: for the progress bar. */
export function progressOf(questions: QuestionView[], answers: Record<string, AnswerInput>): { done: number; total: number } {
  return { done: questions.filter((q) => isAnswered(answers[q.id])).length, total: questions.length }
}

/** 40% — a share of the people who answered the question, rounded; 0 when nobody did. */
export function percent(count: number, of: number): number {
  return of > 0 ? Math.round((count / of) * 100) : 0
}
