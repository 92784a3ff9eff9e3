import { call } from '../../../lib/cloud'
import type { ConsentResult, Id } from './types'

/** goodPeople.answerConsent — the person asked in 消息 agrees to be shown, or declines (no reason asked). */
export function answerConsent(goodPersonId: Id, agree: boolean): Promise<ConsentResult> {
  return call<ConsentResult>('goodPeople', 'answerConsent', { goodPersonId, agree })
}
