import { call } from '../../../lib/cloud'
import type { GalleryItem } from './types'

/** reports.gallery — fixed cases, before and after; `before` pages back by fixedAt. */
export function listGallery(before?: string): Promise<GalleryItem[]> {
  return call<GalleryItem[]>('reports', 'gallery', before ? { before } : {})
}
