import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.return — "not ours": back to staff, unassigned. */
export function returnReport(reportId: Id, reason: string): Promise<StepResult> {
  return call<StepResult>('reports', 'return', { reportId, reason })
}
