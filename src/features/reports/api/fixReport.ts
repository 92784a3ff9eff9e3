import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.fix — the department reports it fixed, with after photos. */
export function fixReport(reportId: Id, note: string, photos: string[]): Promise<StepResult> {
  return call<StepResult>('reports', 'fix', { reportId, note, photos })
}
