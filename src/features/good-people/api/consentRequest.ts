import { call } from '../../../lib/cloud'
import type { ConsentRequest, Id } from './types'

/** goodPeople.consentRequest — the request the caller was sent in 消息: what they would agree to publish. */
export function consentRequest(goodPersonId: Id): Promise<ConsentRequest> {
  return call<ConsentRequest>('goodPeople', 'consentRequest', { goodPersonId })
}
