import { call } from '../../../lib/cloud'
import type { MatterView, ReportInput } from './types'

/** matters.report — turned into a 随手拍 report in the resident's name, with their text and photos. */
export function reportMatter(input: ReportInput): Promise<MatterView> {
  return call<MatterView>('matters', 'report', input)
}
