import { call } from '../../../lib/cloud'
import type { GoodPersonView, Id } from './types'

/** goodPeople.withdraw — 撤下展示: the person who agreed takes it back (reason optional), or staff for them (reason required). */
export function withdrawGoodPerson(goodPersonId: Id, reason?: string): Promise<GoodPersonView> {
  return call<GoodPersonView>('goodPeople', 'withdraw', reason ? { goodPersonId, reason } : { goodPersonId })
}
