import { call } from '../../../lib/cloud'
import type { ReportCategory } from './types'

/** reports.categories — what a resident may report. */
export function listCategories(): Promise<ReportCategory[]> {
  return call<ReportCategory[]>('reports', 'categories', {})
}
