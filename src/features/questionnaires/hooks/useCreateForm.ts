import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { When } from '../../../components/WhenPicker'
import { whenIso } from '../../../components/WhenPicker'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { beijing } from '../../../lib/time'
import { uuid } from '../../../lib/uuid'
import { createQuestionnaire } from '../api/createQuestionnaire'
import { listAudiences } from '../api/listAudiences'
import type { AudienceOption, AudienceType, CreateQuestionnaireInput, NewQuestion, QuestionKind } from '../api/types'
import { CHILDREN_ANONYMOUS, CHILDREN_AUDIENCE, LIMITS, charCount } from './rules'

/** A question being written: `key` keeps its card in place while questions move. */
export interface QuestionDraft extends NewQuestion {
  key: string
}

/** What the person building the questionnaire has filled in, kept on the phone until it is published. */
export interface QuestionnaireDraft {
  title: string
  intro: string
  questions: QuestionDraft[]
  /** type:id of the chosen audience; '' until chosen */
  audience: string
  anonymous: boolean
  /** 给孩子们（小手拉大手）: then anonymous, and to the county or a community (absent in drafts saved before it existed) */
  forChildren?: boolean
  opens: When
  closes: When
}

export const CREATE_DRAFT_KEY = 'questionnaires.create'
const DEFAULT_DAYS = 14

const isChoice = (kind: QuestionKind) => kind === 'single' || kind === 'multiple'

export function newQuestion(kind: QuestionKind = 'single'): QuestionDraft {
  return { key: uuid(), kind, title: '', options: isChoice(kind) ? ['', ''] : [], required: true }
}

/** Open from today, for two weeks, anonymous; one empty single-choice question to start from. */
export function emptyQuestionnaire(now: number = Date.now()): QuestionnaireDraft {
  const today = beijing(now)
  return {
    title: '',
    intro: '',
    questions: [newQuestion('single')],
    audience: '',
    anonymous: true,
    forChildren: false,
    opens: { date: today.format('YYYY-MM-DD'), time: today.format('HH:mm') },
    closes: { date: today.add(DEFAULT_DAYS, 'day').format('YYYY-MM-DD'), time: '18:00' },
  }
}

export const audienceKey = (a: Pick<AudienceOption, 'type' | 'id'>) => `${a.type}:${a.id}`

/**
 * Checked before sending, with the server's rules; errors are keyed as the
 * server names its fields (questions.2.options, closesAt …), so one map shows both.
 */
export function validateQuestionnaire(d: QuestionnaireDraft, now: number = Date.now()): Record<string, string> {
  const e: Record<string, string> = {}
  const title = charCount(d.title)
  if (title === 0) e.title = '请写上问卷的标题'
  else if (title < LIMITS.titleMin) e.title = `标题至少${LIMITS.titleMin}个字`
  else if (title > LIMITS.titleMax) e.title = `标题不能超过${LIMITS.titleMax}个字`
  if (charCount(d.intro) > LIMITS.introMax) e.intro = `说明不能超过${LIMITS.introMax}个字`
  if (d.questions.length < LIMITS.questionsMin) e.questions = '至少要有1道题'
  if (d.questions.length > LIMITS.questionsMax) e.questions = `最多${LIMITS.questionsMax}道题`
  d.questions.forEach((q, i) => {
    const t = charCount(q.title)
    if (t === 0) e[`questions.${i}.title`] = '请写上题目'
    else if (t > LIMITS.questionTitleMax) e[`questions.${i}.title`] = `题目不能超过${LIMITS.questionTitleMax}个字`
    if (!isChoice(q.kind)) return
    if (q.options.length < LIMITS.optionsMin) e[`questions.${i}.options`] = `至少要有${LIMITS.optionsMin}个选项`
    if (q.options.length > LIMITS.optionsMax) e[`questions.${i}.options`] = `最多${LIMITS.optionsMax}个选项`
    q.options.forEach((o, j) => {
      const n = charCount(o)
      if (n === 0) e[`questions.${i}.options.${j}`] = '请写上选项，或者删掉它'
      else if (n > LIMITS.optionMax) e[`questions.${i}.options.${j}`] = `选项不能超过${LIMITS.optionMax}个字`
      else if (q.options.findIndex((x) => x.trim() === o.trim()) < j) e[`questions.${i}.options.${j}`] = '这个选项和前面的重复了'
    })
  })
  if (!d.audience) e.audienceId = '请选择发给谁'
  else if (d.forChildren && d.audience.startsWith('building:')) e.audienceType = CHILDREN_AUDIENCE
  if (d.forChildren && !d.anonymous) e.anonymous = CHILDREN_ANONYMOUS
  const opens = new Date(whenIso(d.opens)).getTime()
  const closes = new Date(whenIso(d.closes)).getTime()
  if (Number.isNaN(opens)) e.opensAt = '请选择开始时间'
  if (Number.isNaN(closes)) e.closesAt = '请选择截止时间'
  else if (!Number.isNaN(opens) && closes <= opens) e.closesAt = '截止时间要晚于开始时间'
  else if (closes <= now) e.closesAt = '截止时间要晚于现在'
  return e
}

export function toInput(d: QuestionnaireDraft): CreateQuestionnaireInput {
  const [type, id] = d.audience.split(':') as [AudienceType, string]
  return {
    title: d.title.trim(),
    intro: d.intro.trim(),
    questions: d.questions.map((q) => ({ kind: q.kind, title: q.title.trim(), options: isChoice(q.kind) ? q.options.map((o) => o.trim()) : [], required: q.required })),
    audienceType: type,
    ...(type === 'county' ? {} : { audienceId: id }),
    anonymous: d.anonymous,
    forChildren: d.forChildren === true,
    opensAt: whenIso(d.opens),
    closesAt: whenIso(d.closes),
  }
}

/** 发起问卷: the form and its draft, the questions' editing (add, remove, move, kinds, options), and publishing. */
export function useCreateForm() {
  const audiences = useRemote<AudienceOption[]>(listAudiences)
  const [initial] = useState(() => emptyQuestionnaire())
  const draft = useDraft<QuestionnaireDraft>(CREATE_DRAFT_KEY, initial)
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})

  /** Edits of questions change what questions.N.* mean: their errors go until the next check. */
  const dropQuestionErrors = () => setLocalErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('questions'))))
  const editQuestions = (change: (qs: QuestionDraft[]) => QuestionDraft[]) => {
    draft.setValue((prev) => ({ ...prev, questions: change(prev.questions) }))
    dropQuestionErrors()
  }
  const editQuestion = (key: string, change: (q: QuestionDraft) => QuestionDraft) => editQuestions((qs) => qs.map((q) => (q.key === key ? change(q) : q)))

  const submit = useAction(async () => {
    const errs = validateQuestionnaire(draft.value)
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    const res = await createQuestionnaire(toInput(draft.value))
    draft.clear(emptyQuestionnaire())
    toastOk('问卷已发布')
    const url = withQuery(ROUTES.questionnaireResults, { id: res.questionnaireId })
    void Taro.redirectTo({ url }).catch(() => go(url))
    return res
  })

  const errors = { ...submit.fieldErrors, ...localErrors }
  return {
    audiences,
    draft: d,
    setField: <K extends keyof QuestionnaireDraft>(k: K, v: QuestionnaireDraft[K]) => {
      draft.update(k, v)
      const field = k === 'audience' ? 'audienceId' : k === 'opens' ? 'opensAt' : k === 'closes' ? 'closesAt' : (k as string)
      if (localErrors[field] || (field === 'opensAt' && localErrors.closesAt)) {
        setLocalErrors(({ [field]: _gone, ...rest }) => (field === 'opensAt' ? Object.fromEntries(Object.entries(rest).filter(([x]) => x !== 'closesAt')) : rest))
      }
    },
    /** 谁来填: children's questionnaires are anonymous and never go to one building (a chosen building is let go). */
    setForChildren: (on: boolean) => {
      draft.setValue((prev) => ({ ...prev, forChildren: on, anonymous: on ? true : prev.anonymous, audience: on && prev.audience.startsWith('building:') ? '' : prev.audience }))
      setLocalErrors(({ audienceType: _a, anonymous: _b, ...rest }) => rest)
    },
    addQuestion: (kind: QuestionKind = 'single') => editQuestions((qs) => (qs.length >= LIMITS.questionsMax ? qs : [...qs, newQuestion(kind)])),
    removeQuestion: (key: string) => editQuestions((qs) => qs.filter((q) => q.key !== key)),
    moveQuestion: (key: string, by: -1 | 1) =>
      editQuestions((qs) => {
        const i = qs.findIndex((q) => q.key === key)
        const j = i + by
        if (i < 0 || j < 0 || j >= qs.length) return qs
        const next = [...qs]
        ;[next[i], next[j]] = [next[j], next[i]]
        return next
      }),
    setKind: (key: string, kind: QuestionKind) =>
      editQuestion(key, (q) => ({ ...q, kind, options: isChoice(kind) ? (q.options.length ? q.options : ['', '']) : [] })),
    setTitle: (key: string, title: string) => editQuestion(key, (q) => ({ ...q, title })),
    setRequired: (key: string, required: boolean) => editQuestion(key, (q) => ({ ...q, required })),
    setOption: (key: string, j: number, text: string) => editQuestion(key, (q) => ({ ...q, options: q.options.map((o, x) => (x === j ? text : o)) })),
    addOption: (key: string) => editQuestion(key, (q) => (q.options.length >= LIMITS.optionsMax ? q : { ...q, options: [...q.options, ''] })),
    removeOption: (key: string, j: number) => editQuestion(key, (q) => ({ ...q, options: q.options.filter((_, x) => x !== j) })),
    errors,
    errorCount: Object.keys(errors).length,
    submit: submit.run,
    submitting: submit.busy,
    submitError: submit.error,
  }
}

export type CreateForm = ReturnType<typeof useCreateForm>
