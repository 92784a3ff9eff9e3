import { call } from '../../../lib/cloud'
import type { GoodPersonCard } from '../../../../server/modules/goodPeople/contracts'

export type { GoodPersonCard }

/** goodPeople.gallery — the good people shown in public (身边好人): the ones an organiser may ask to tell their story. */
export function listGoodPeople(): Promise<GoodPersonCard[]> {
  return call<GoodPersonCard[]>('goodPeople', 'gallery', {})
}
