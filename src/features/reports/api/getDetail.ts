import { call } from '../../../lib/cloud'
import type { Id, ReportDetail } from './types'

/** reports.detail — the case, its timeline and what the caller may do now. */
export function getDetail(reportId: Id): Promise<ReportDetail> {
  return call<ReportDetail>('reports', 'detail', { reportId })
}
