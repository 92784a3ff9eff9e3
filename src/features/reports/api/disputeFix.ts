import { call } from '../../../lib/cloud'
import type { Id, StepResult } from './types'

/** reports.dispute — the reporter says it is not fixed (within the dispute window). */
export function disputeFix(reportId: Id, reason: string, photos?: string[]): Promise<StepResult> {
  return call<StepResult>('reports', 'dispute', { reportId, reason, photos: photos && photos.length ? photos : undefined })
}
