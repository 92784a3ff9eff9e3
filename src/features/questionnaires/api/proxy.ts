import { call } from '../../../lib/cloud'
import type { AnswerInput, Id, ProxyList, ProxySubmitResult } from './types'

/** questionnaires.proxyList — 代填: the open questionnaires a volunteer may enter for passers-by, the communities, today's entries. */
export const getProxyList = () => call<ProxyList>('questionnaires', 'proxyList', {})

/** questionnaires.proxySubmit — one passer-by's answers, with their community; RATE_LIMITED past the day's cap. */
export const proxySubmit = (questionnaireId: Id, communityId: Id, answers: Record<string, AnswerInput>) =>
  call<ProxySubmitResult>('questionnaires', 'proxySubmit', { questionnaireId, communityId, answers })
