import { call } from '../../../lib/cloud'
import type { GoodPersonView, Id } from './types'

/** goodPeople.detail — the story; to the nominator and reviewers also its status, the contact and what they may do. */
export function getDetail(goodPersonId: Id): Promise<GoodPersonView> {
  return call<GoodPersonView>('goodPeople', 'detail', { goodPersonId })
}
