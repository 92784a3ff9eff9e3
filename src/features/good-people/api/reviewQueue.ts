import { call } from '../../../lib/cloud'
import type { GoodPersonView } from './types'

/** goodPeople.reviewQueue — nominations waiting for the nominee's consent or for review, oldest first. */
export function reviewQueue(): Promise<GoodPersonView[]> {
  return call<GoodPersonView[]>('goodPeople', 'reviewQueue', {})
}
