import { call } from '../../../lib/cloud'
import type { HoursView } from './types'

/** volunteers.hours — my certified hours: the total, by month and organiser, and every record. */
export function getHours(): Promise<HoursView> {
  return call<HoursView>('volunteers', 'hours', {})
}
