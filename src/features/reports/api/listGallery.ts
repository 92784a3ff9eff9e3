import { call } from '../../../lib/cloud'
import type { GalleryItem } from './types'

/** How many fixed cases one gallery call returns (the server's GALLERY_PAGE_SIZE; a test keeps the two equal). */
export const GALLERY_PAGE_SIZE = 20

/** reports.gallery — fixed cases, before and after; `before` pages back by fixedAt. */
export function listGallery(before?: string): Promise<GalleryItem[]> {
  return call<GalleryItem[]>('reports', 'gallery', before ? { before } : {})
}
