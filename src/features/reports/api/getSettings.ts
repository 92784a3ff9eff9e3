import { call } from '../../../lib/cloud'
import type { ReportSettings } from './types'

/** reports.settings — every category (switched off ones too) with its routing, the departments and areas to choose from (admin). */
export function getSettings(): Promise<ReportSettings> {
  return call<ReportSettings>('reports', 'settings', {})
}
