import { call } from '../../../lib/cloud'
import type { HelpRequestView } from './types'

/** help.accept — 接单; another volunteer may have been quicker (CONFLICT). */
export function accept(requestId: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'accept', { requestId })
}

/** help.confirm — 确认完成; the second side's confirmation pays the helper. */
export function confirm(requestId: string, rating?: number): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'confirm', rating ? { requestId, rating } : { requestId })
}

/** help.cancel — before acceptance the points come back; after it, an ask with a reason that the helper answers. */
export function cancel(requestId: string, reason?: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'cancel', reason ? { requestId, reason } : { requestId })
}

/** help.dispute — 没有进行. */
export function dispute(requestId: string, reason: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'dispute', { requestId, reason })
}

/** help.resolve — staff decide: pay the helper or give the points back. */
export function resolve(requestId: string, decision: 'pay' | 'refund', reason: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'resolve', { requestId, decision, reason })
}

/** help.answerCancel — the helper agrees to the requester's ask to cancel (points back) or declines it. */
export function answerCancel(requestId: string, agree: boolean): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'answerCancel', { requestId, agree })
}

/** help.giveUp — the helper cannot come: the request waits for another helper. */
export function giveUp(requestId: string): Promise<HelpRequestView> {
  return call<HelpRequestView>('help', 'giveUp', { requestId })
}
