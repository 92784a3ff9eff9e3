import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.start — the department starts working on it. */
export function startWork(reportId: Id): Promise<StepResult> {
  return call<StepResult>('reports', 'start', { reportId })
}
