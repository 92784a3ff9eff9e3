import { call } from '../../../lib/cloud'
import type { ConventionDetail, Id } from './types'

/** conventions.get */
export function getConvention(conventionId: Id): Promise<ConventionDetail> {
  return call<ConventionDetail>('conventions', 'get', { conventionId })
}
