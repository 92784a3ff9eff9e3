import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { CloudError } from '../../../lib/cloud'
import { toastError, toastOk } from '../../../lib/feedback'
import { getQuestionnaire } from '../api/getQuestionnaire'
import { submitAnswers } from '../api/submitAnswers'
import type { AnswerInput, Id, QuestionnaireView } from '../api/types'
import { answerErrors, answersToSend, progressOf } from './rules'
import { serverErrors } from '../../../lib/form'

/** What the person has answered so far, kept on the phone until it is in: one draft per questionnaire. */
export interface AnswerDraft {
  answers: Record<string, AnswerInput>
}

export const answerDraftKey = (questionnaireId: string) => `questionnaires.answer.${questionnaireId}`

const EMPTY: AnswerDraft = { answers: {} }

/** The server names a question's problem answers.<questionId>: the card of that question shows it. */
/** `answers.q3` is question q3; nothing else is a question. */
const fieldOf = (path: string) => (path.startsWith('answers.') ? path.slice('answers.'.length) : null)

function scrollTo(questionId: string) {
  Promise.resolve(Taro.pageScrollTo({ selector: `#qa-${questionId}`, offsetTop: -120, duration: 200 })).catch(() => undefined)
}

/**
 * 填写问卷: the questions, the half-filled answer kept on the phone (restored
 * when the page opens again, cleared once it is in), the checks before
 * sending, and the thank-you. A second submit — another tap, another phone —
 * is told by the server (CONFLICT) and shows the same thanks.
 */
export function useAnswerForm(questionnaireId: Id) {
  const questionnaire = useRemote<QuestionnaireView>(() => getQuestionnaire(questionnaireId), [questionnaireId])
  const draft = useDraft<AnswerDraft>(answerDraftKey(questionnaireId), EMPTY)
  const answers = draft.value.answers ?? {}
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState<'submitted' | 'already' | null>(null)

  const forget = (questionId: string) => {
    if (localErrors[questionId]) setLocalErrors(({ [questionId]: _gone, ...rest }) => rest)
  }
  const setAnswer = (questionId: string, value: AnswerInput) => {
    draft.setValue((prev) => ({ answers: { ...(prev.answers ?? {}), [questionId]: value } }))
    forget(questionId)
  }
  const toggle = (questionId: string, option: number) => {
    draft.setValue((prev) => {
      const all = prev.answers ?? {}
      const now = Array.isArray(all[questionId]) ? (all[questionId] as number[]) : []
      const next = now.includes(option) ? now.filter((i) => i !== option) : [...now, option].sort((a, b) => a - b)
      return { answers: { ...all, [questionId]: next } }
    })
    forget(questionId)
  }

  const submit = useAction(
    async () => {
      const q = questionnaire.data
      if (!q) return undefined
      const errs = answerErrors(q.questions, answers)
      setLocalErrors(errs)
      const first = q.questions.find((x) => errs[x.id])
      if (first) {
        scrollTo(first.id)
        return undefined
      }
      try {
        const res = await submitAnswers(q.id, answersToSend(q.questions, answers))
        draft.clear(EMPTY)
        setDone('submitted')
        questionnaire.setData((prev) => (prev ? { ...prev, answered: true, answerCount: res.answerCount } : prev!))
        toastOk('提交成功')
        return res
      } catch (e) {
        if (e instanceof CloudError && e.code === 'CONFLICT') {
          // answered already (another tap, another phone): nothing to keep
          draft.clear(EMPTY)
          setDone('already')
          questionnaire.setData((prev) => (prev ? { ...prev, answered: true } : prev!))
          return undefined
        }
        if (e instanceof CloudError && e.code === 'CLOSED') {
          toastError(e)
          void questionnaire.reload()
          return undefined
        }
        const fromServer = e instanceof CloudError ? serverErrors(Object.fromEntries((e.details ?? []).map((d) => [d.field, d.message])), fieldOf) : {}
        const firstServer = q.questions.find((x) => fromServer[x.id])
        if (firstServer) scrollTo(firstServer.id)
        throw e
      }
    },
  )

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  const q = questionnaire.data
  return {
    questionnaire,
    answers,
    setAnswer,
    toggle,
    errors,
    errorCount: Object.keys(errors).length,
    progress: q ? progressOf(q.questions, answers) : { done: 0, total: 0 },
    submit: submit.run,
    submitting: submit.busy,
    submitError: submit.error,
    /** submitted now, or found answered already */
    done: done ?? (q?.answered ? 'already' : null),
  }
}

export type AnswerForm = ReturnType<typeof useAnswerForm>
