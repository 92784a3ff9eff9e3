import { call } from '../../../lib/cloud'
import type { Id, MeTooResult } from './types'

/** reports.meToo — "I have seen this too": follow an open report instead of filing a second one. */
export function meToo(reportId: Id): Promise<MeTooResult> {
  return call<MeTooResult>('reports', 'meToo', { reportId })
}
