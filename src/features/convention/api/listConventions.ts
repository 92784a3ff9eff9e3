import { call } from '../../../lib/cloud'
import type { ConventionSummary } from './types'

/** conventions.list */
export function listConventions(): Promise<ConventionSummary[]> {
  return call<ConventionSummary[]>('conventions', 'list', {})
}
