import { call } from '../../../lib/cloud'
import type { GoodPersonView, Id } from './types'

/** goodPeople.revise — the nominator rewrites the story after staff asked for changes; it goes back to review. */
export function reviseGoodPerson(goodPersonId: Id, story: string, photos: string[]): Promise<GoodPersonView> {
  return call<GoodPersonView>('goodPeople', 'revise', { goodPersonId, story, photos })
}
