import { call } from '../../../lib/cloud'
import type { CaseSummary, StaffFilter } from './types'

/** reports.staffQueue — the cases of the caller's communities (the admin: the county's). */
export function staffQueue(filter: StaffFilter): Promise<CaseSummary[]> {
  return call<CaseSummary[]>('reports', 'staffQueue', { filter })
}
