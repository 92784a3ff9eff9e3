import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { serverErrors } from '../../../lib/form'
import { getProxyList, proxySubmit } from '../api/proxy'
import type { AnswerInput, Id, ProxyList } from '../api/types'
import { answerErrors, answersToSend, progressOf } from './rules'

const fieldOf = (path: string) => (path === 'communityId' ? path : path.startsWith('answers.') ? path.slice('answers.'.length) : null)

/**
 * 代填: a volunteer at a crossing enters one passer-by after another. Pick the
 * questionnaire (kept between passers-by), the passer-by's community (asked
 * afresh each time: the next one may live elsewhere) and their answers; after
 * each entry the form is empty again and today's count moves on.
 */
export function useProxyForm() {
  const list = useRemote<ProxyList>(getProxyList)
  const [chosenId, setChosenId] = useState<Id | ''>('')
  const [communityId, setCommunityId] = useState<Id | ''>('')
  const [answers, setAnswers] = useState<Record<string, AnswerInput>>({})
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [entered, setEntered] = useState(0)

  const all = list.data?.questionnaires ?? []
  const questionnaire = all.find((q) => q.id === chosenId) ?? (all.length === 1 ? all[0] : undefined)
  // a community questionnaire asks only its own community's residents
  const fixedCommunity = questionnaire?.audienceType === 'community' ? list.data?.communities.find((c) => c.name === questionnaire.audienceName)?.id : undefined
  const community = fixedCommunity ?? communityId

  const forget = (key: string) => {
    if (localErrors[key]) setLocalErrors(({ [key]: _gone, ...rest }) => rest)
  }
  const setAnswer = (questionId: string, value: AnswerInput) => {
    setAnswers((prev) => ({ ...prev, [questionId]: value }))
    forget(questionId)
  }
  const toggle = (questionId: string, option: number) => {
    setAnswers((prev) => {
      const now = Array.isArray(prev[questionId]) ? (prev[questionId] as number[]) : []
      return { ...prev, [questionId]: now.includes(option) ? now.filter((i) => i !== option) : [...now, option].sort((a, b) => a - b) }
    })
    forget(questionId)
  }
  const chooseCommunity = (id: Id) => {
    setCommunityId(id)
    forget('communityId')
  }
  const choose = (id: Id) => {
    setChosenId(id)
    setAnswers({})
    setLocalErrors({})
  }

  const submit = useAction(async () => {
    if (!questionnaire) return undefined
    const errs: Record<string, string> = answerErrors(questionnaire.questions, answers)
    if (!community) errs.communityId = '请问这位居民住在哪个社区'
    setLocalErrors(errs)
    if (Object.keys(errs).length > 0) return undefined
    const res = await proxySubmit(questionnaire.id, community, answersToSend(questionnaire.questions, answers))
    setEntered(res.enteredToday)
    setAnswers({})
    setCommunityId('')
    toastOk(`已代填，今天第${res.enteredToday}份`)
    Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 200 })).catch(() => undefined)
    return res
  })

  const errors = { ...serverErrors(submit.fieldErrors, fieldOf), ...localErrors }
  return {
    list,
    questionnaire,
    choose,
    community,
    fixedCommunity: fixedCommunity !== undefined,
    chooseCommunity,
    answers,
    setAnswer,
    toggle,
    errors,
    progress: questionnaire ? progressOf(questionnaire.questions, answers) : { done: 0, total: 0 },
    enteredToday: Math.max(entered, list.data?.enteredToday ?? 0),
    dailyCap: list.data?.dailyCap ?? 0,
    submit: submit.run,
    submitting: submit.busy,
    submitError: submit.error,
  }
}

export type ProxyForm = ReturnType<typeof useProxyForm>
