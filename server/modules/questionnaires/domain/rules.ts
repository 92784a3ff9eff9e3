/**
 * The questionnaire's rules as plain values, shared by the server's schemas,
 * the pure checks below and the client's form (through contracts.ts).
 */
export const QUESTION_KINDS = ['single', 'multiple', 'rating', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One question as stored in questionnaires.questions (the same shape as db/schema's Question). */
export interface Question {
  id: string;
  kind: QuestionKind;
  title: string;
  /** The choices of a single or multiple choice question; empty for rating and text. */
  options: string[];
  required: boolean;
}

/** One answered question's value as stored (see answers.ts). */
export type AnswerValue = string | string[] | number;

export const QUESTIONNAIRE_LIMITS = {
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
  /** 代填: a volunteer enters at most this many passers-by's answers a Beijing day (a morning at a crossing is well under it). */
  proxyDailyCap: 60,
} as const;

export const KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  rating: '评分题',
  text: '简答题',
};

/** The words under the 1–5 rating, from 1 to 5. */
export const RATING_WORDS = ['很不满意', '不满意', '一般', '满意', '很满意'] as const;

/**
 * The tally row of a question that counts the people who answered it (every
 * kind has one; option and rating rows are keyed by digits, so it never clashes).
 */
export const ANSWERED = 'answered';
