import { call } from '../../../lib/cloud'
import type { CaseSummary } from './types'

/** reports.overdue — the county's cases past their deadline (command centre). */
export function listOverdue(): Promise<CaseSummary[]> {
  return call<CaseSummary[]>('reports', 'overdue', {})
}
