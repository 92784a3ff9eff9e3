import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.reject — staff decline the case; the reporter reads the reason. */
export function rejectReport(reportId: Id, reason: string): Promise<StepResult> {
  return call<StepResult>('reports', 'reject', { reportId, reason })
}
