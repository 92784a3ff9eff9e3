import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.accept — staff take the case on (not yet assigned). */
export function acceptReport(reportId: Id, note?: string): Promise<StepResult> {
  return call<StepResult>('reports', 'accept', { reportId, note })
}
