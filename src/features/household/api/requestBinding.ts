import { call } from '../../../lib/cloud'
import type { Id, Relation } from './types'

/** households.requestBinding — CONFLICT if a request is pending or already bound there. */
export function requestBinding(householdId: Id, relation: Relation): Promise<{ requestId: Id; status: 'pending' }> {
  return call('households', 'requestBinding', { householdId, relation })
}
