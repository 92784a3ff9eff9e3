import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.confirm — the reporter agrees it is fixed. */
export function confirmFix(reportId: Id): Promise<StepResult> {
  return call<StepResult>('reports', 'confirm', { reportId })
}
