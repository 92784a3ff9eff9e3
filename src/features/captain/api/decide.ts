import { call } from '../../../lib/cloud'
import type { DecideResult, Id } from './types'

/** households.decide — reject needs a reason. */
export function decide(requestId: Id, decision: 'approve' | 'reject', reason?: string): Promise<DecideResult> {
  return call<DecideResult>('households', 'decide', reason ? { requestId, decision, reason } : { requestId, decision })
}
