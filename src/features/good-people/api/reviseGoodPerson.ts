import { call } from '../../../lib/cloud'
import type { Id, ReviseResult } from './types'

/** goodPeople.revise — the nominator rewrites the story after staff asked for changes; the nominee agrees again (a new code), then review. */
export function reviseGoodPerson(goodPersonId: Id, story: string, photos: string[]): Promise<ReviseResult> {
  return call<ReviseResult>('goodPeople', 'revise', { goodPersonId, story, photos })
}
