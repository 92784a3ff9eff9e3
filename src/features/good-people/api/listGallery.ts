import { call } from '../../../lib/cloud'
import type { GoodPersonCard } from './types'

/** goodPeople.gallery — 身边好人: approved stories, most supported first; one category or all. */
export function listGallery(category?: string): Promise<GoodPersonCard[]> {
  return call<GoodPersonCard[]>('goodPeople', 'gallery', category ? { category } : {})
}
