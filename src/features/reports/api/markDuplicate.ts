import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.markDuplicate — the same problem was reported before: this case follows that one. */
export function markDuplicate(reportId: Id, duplicateOf: Id, note?: string): Promise<StepResult> {
  return call<StepResult>('reports', 'markDuplicate', { reportId, duplicateOf, note })
}
