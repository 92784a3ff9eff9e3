import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** goodPeople.support — 点赞, once per person: a repeat (or a racing second tap) changes nothing. */
export function supportGoodPerson(goodPersonId: Id): Promise<{ supports: number }> {
  return call<{ supports: number }>('goodPeople', 'support', { goodPersonId })
}
