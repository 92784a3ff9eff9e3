import { z } from 'zod';
import { idField, instant, noInput, textField } from '../../core/fields';
import { QUESTION_KINDS, QUESTIONNAIRE_LIMITS as L, type QuestionKind } from './domain/rules';

export { QUESTION_KINDS, QUESTIONNAIRE_LIMITS, KIND_LABELS, RATING_WORDS } from './domain/rules';
export type { AnswerValue, QuestionKind } from './domain/rules';

export const AUDIENCE_TYPES = ['county', 'community', 'building'] as const;
export type AudienceType = (typeof AUDIENCE_TYPES)[number];

/** 小手拉大手 questionnaires go to the county or a community, and never carry a child's name. */
export const CHILDREN_AUDIENCE = '给孩子们的问卷发给全县或一个社区';
export const CHILDREN_ANONYMOUS = '给孩子们的问卷都不记名，不收集孩子的名字';

const isChoice = (kind: QuestionKind) => kind === 'single' || kind === 'multiple';

/** One question as the person building the questionnaire writes it; the server numbers them q1, q2 … in order. */
const questionInput = z
  .object({
    kind: z.enum(QUESTION_KINDS, { errorMap: () => ({ message: '请选择题型' }) }),
    title: textField(L.questionTitleMax),
    options: z.array(textField(L.optionMax)).max(L.optionsMax, { message: `最多${L.optionsMax}个选项` }).default([]),
    required: z.boolean().default(true),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (isChoice(q.kind)) {
      if (q.options.length < L.optionsMin) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: `选择题至少要有${L.optionsMin}个选项` });
      q.options.forEach((option, j) => {
        if (q.options.indexOf(option) < j) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options', j], message: '这个选项和前面的重复了' });
      });
    } else if (q.options.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: '评分题和简答题不需要选项' });
    }
  });

export const questionnairesInputs = {
  /** Where the caller may send a questionnaire: the county, their communities, buildings in them. */
  audiences: noInput(),
  create: z
    .object({
      title: textField(L.titleMax, L.titleMin),
      intro: z.string().trim().max(L.introMax).default(''),
      questions: z
        .array(questionInput)
        .min(L.questionsMin, { message: `至少要有${L.questionsMin}道题` })
        .max(L.questionsMax, { message: `最多${L.questionsMax}道题` }),
      audienceType: z.enum(AUDIENCE_TYPES, { errorMap: () => ({ message: '请选择发给谁' }) }),
      /** The community or building; for the county, nothing (or the county's own id). */
      audienceId: idField().optional(),
      anonymous: z.boolean(),
      /** 给孩子们（小手拉大手）: only minors see and answer it; always anonymous; the county or a community. */
      forChildren: z.boolean().default(false),
      opensAt: instant('开始时间'),
      closesAt: instant('截止时间'),
    })
    .strict()
    .superRefine((input, ctx) => {
      if (input.audienceType !== 'county' && !input.audienceId) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['audienceId'], message: input.audienceType === 'community' ? '请选择社区' : '请选择楼栋' });
      }
      if (input.forChildren && input.audienceType === 'building') {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['audienceType'], message: CHILDREN_AUDIENCE });
      }
      if (input.forChildren && !input.anonymous) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['anonymous'], message: CHILDREN_ANONYMOUS });
      }
      if (new Date(input.closesAt).getTime() <= new Date(input.opensAt).getTime()) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['closesAt'], message: '截止时间要晚于开始时间' });
      }
    }),
  /** What the caller may answer, and (staff, admin) what they manage. */
  list: noInput(),
  /** Open questionnaires the caller has not answered yet: 首页's to-do. */
  pending: noInput(),
  detail: z.object({ questionnaireId: idField() }).strict(),
  /**
   * One answer per person. Values by question id: a single choice is the
   * option's index, a multiple choice the indexes, a rating 1–5, a text a string;
   * an optional question may be left out.
   */
  submit: z
    .object({
      questionnaireId: idField(),
      answers: z
        .record(z.string().min(1).max(40), z.unknown())
        .refine((a) => Object.keys(a).length <= L.questionsMax * 2, { message: '答案太多了' }),
    })
    .strict(),
  /**
   * 代填: a registered volunteer enters a passer-by's answers on their own
   * phone, with the community the passer-by lives in. Counted apart from
   * self-answers, any number per questionnaire, up to a daily cap.
   */
  proxySubmit: z
    .object({
      questionnaireId: idField(),
      communityId: idField(),
      answers: z
        .record(z.string().min(1).max(40), z.unknown())
        .refine((a) => Object.keys(a).length <= L.questionsMax * 2, { message: '答案太多了' }),
    })
    .strict(),
  /** What a volunteer may enter for passers-by now: the open questionnaires, the communities to pick, today's entries. */
  proxyList: noInput(),
  results: z.object({ questionnaireId: idField() }).strict(),
  /** Text answers to one question, newest day first, a page at a time. */
  textAnswers: z
    .object({
      questionnaireId: idField(),
      questionId: z.string().min(1).max(40),
      /** The `next` of the previous page. */
      after: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(50).default(20),
    })
    .strict(),
  exportCsv: z.object({ questionnaireId: idField() }).strict(),
};

export interface AudienceOption {
  type: AudienceType;
  id: string;
  /** 全县 · 幸福里社区 · 幸福里社区 1号楼 */
  name: string;
}

export type QuestionnaireState = 'upcoming' | 'open' | 'closed';

export interface QuestionnaireCard {
  id: string;
  title: string;
  intro: string;
  audienceType: AudienceType;
  audienceName: string;
  anonymous: boolean;
  /** 给孩子们（小手拉大手）: for minors only (on their own WeChat or in child mode); adults' are never shown to children. */
  forChildren: boolean;
  opensAt: string;
  closesAt: string;
  state: QuestionnaireState;
  questionCount: number;
  answerCount: number;
  /** The caller has answered it. */
  answered: boolean;
  /** The caller may answer it (in the audience; open and not answered yet is `state === 'open' && !answered`). */
  inAudience: boolean;
  /** The caller may see its results and export. */
  manages: boolean;
}

export interface QuestionView {
  id: string;
  kind: QuestionKind;
  title: string;
  options: string[];
  required: boolean;
}

export interface QuestionnaireView extends QuestionnaireCard {
  questions: QuestionView[];
}

export interface QuestionnaireList {
  /** What the caller may answer: open first, then upcoming, then closed. */
  forMe: QuestionnaireCard[];
  /** What the caller manages (staff, admin), the same order; empty for everyone else. */
  managed: QuestionnaireCard[];
  /** The caller may create one (staff, admin). */
  mayCreate: boolean;
}

export interface QuestionResult {
  id: string;
  kind: QuestionKind;
  title: string;
  required: boolean;
  /** People who answered this question. */
  answered: number;
  /** single and multiple: each option's count (a multiple choice's counts may add up to more than `answered`). */
  options: { text: string; count: number }[];
  /** rating: how many gave 1 … 5, and the average (null before the first). */
  rating: { counts: number[]; average: number | null } | null;
}

export interface QuestionnaireResults {
  questionnaire: QuestionnaireCard;
  /** Answers counted in the figures below. */
  answerCount: number;
  /** Of those, answered by people themselves, and entered by volunteers for passers-by (代填). */
  selfCount: number;
  proxyCount: number;
  /**
   * Answers in but not counted yet: an anonymous questionnaire's answers are
   * counted in batches by the scheduler, so that none can be traced to its
   * author (always 0 on a named one).
   */
  waiting: number;
  questions: QuestionResult[];
}

export interface TextAnswer {
  text: string;
  /** The Beijing day it was submitted (YYYY-MM-DD), on an anonymous questionnaire the day it was counted: no finer time is kept. */
  day: string;
  /** Only on a named questionnaire, and only to those allowed to see names. */
  name: string | null;
}

export interface TextAnswerPage {
  items: TextAnswer[];
  /** Pass as `after` for the next page; null at the end. */
  next: string | null;
}

export interface SubmitResult {
  answerCount: number;
}

export interface ProxyList {
  /** Open questionnaires a volunteer may enter answers to (county-wide and community ones). */
  questionnaires: QuestionnaireView[];
  /** The county's communities, for the passer-by to pick theirs. */
  communities: { id: string; name: string }[];
  /** The volunteer's entries today, and the day's cap. */
  enteredToday: number;
  dailyCap: number;
}

export interface ProxySubmitResult {
  /** The questionnaire's 代填 entries so far, and this volunteer's today. */
  proxyCount: number;
  enteredToday: number;
}
