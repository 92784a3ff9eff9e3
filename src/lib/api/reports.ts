import { call } from '../cloud'
import type { MyReport } from '../../../server/modules/reports/contracts'

export type { MyReport }

/**
 * reports.mine — for the 随手拍 tab, which lives in the main package and so may
 * not import the reports feature (a subpackage); the feature has its own.
 */
export function listMyReports(): Promise<MyReport[]> {
  return call<MyReport[]>('reports', 'mine', {})
}
