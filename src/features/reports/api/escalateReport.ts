import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.escalate — 督办: the command centre presses the department. */
export function escalateReport(reportId: Id, note?: string): Promise<StepResult> {
  return call<StepResult>('reports', 'escalate', { reportId, note })
}
