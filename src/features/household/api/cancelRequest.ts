import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** households.cancelRequest */
export function cancelRequest(requestId: Id): Promise<{ requestId: Id; status: 'cancelled' }> {
  return call('households', 'cancelRequest', { requestId })
}
