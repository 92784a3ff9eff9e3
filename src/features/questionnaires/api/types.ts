/** The questionnaires module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type {
  AudienceOption,
  AudienceType,
  ProxyList,
  ProxySubmitResult,
  QuestionKind,
  QuestionnaireCard,
  QuestionnaireList,
  QuestionnaireResults,
  QuestionnaireState,
  QuestionnaireView,
  QuestionResult,
  QuestionView,
  SubmitResult,
  TextAnswer,
  TextAnswerPage,
} from '../../../../server/modules/questionnaires/contracts'

/** Ids are UUID strings. */
export type Id = string

/**
 * An answer as the phone holds it (and sends it): a single choice is the
 * option's index, a multiple choice the indexes, a rating 1–5, a text the words.
 */
export type AnswerInput = number | number[] | string

export interface NewQuestion {
  kind: 'single' | 'multiple' | 'rating' | 'text'
  title: string
  options: string[]
  required: boolean
}

export interface CreateQuestionnaireInput {
  title: string
  intro: string
  questions: NewQuestion[]
  audienceType: 'county' | 'community' | 'building'
  audienceId?: string
  anonymous: boolean
  /** 给孩子们（小手拉大手）: answered by children only; always anonymous; the county or a community. */
  forChildren: boolean
  opensAt: string
  closesAt: string
}
