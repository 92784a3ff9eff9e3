import { call } from '../../../lib/cloud'
import type { CertifyEntry, CertifyResult, Id } from './types'

/** activities.certify — the organiser confirms each person's minutes; a change from the scanned minutes carries a reason. */
export function certifyHours(activityId: Id, entries: CertifyEntry[]): Promise<CertifyResult[]> {
  return call<CertifyResult[]>('activities', 'certify', { activityId, entries })
}
