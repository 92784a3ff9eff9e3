import { call } from '../../../lib/cloud'
import type { ReportCategory } from './types'

/** reports.categories — the 随手拍 problem types, to choose one when a matter becomes a report. */
export function listCategories(): Promise<ReportCategory[]> {
  return call<ReportCategory[]>('reports', 'categories', {})
}
