import { call } from '../../../lib/cloud'
import type { DashboardOverview } from './types'

/** dashboard.overview — the county's (or one 片区's) figures, day by day. */
export function getOverview(input: { days: 7 | 14 | 30; areaId?: string }): Promise<DashboardOverview> {
  return call<DashboardOverview>('dashboard', 'overview', input)
}
