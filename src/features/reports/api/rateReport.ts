import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.rate — the reporter's 1–5 stars for how it was handled. */
export function rateReport(reportId: Id, rating: number, comment?: string): Promise<StepResult> {
  return call<StepResult>('reports', 'rate', { reportId, rating, comment })
}
