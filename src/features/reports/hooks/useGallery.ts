import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { GALLERY_PAGE_SIZE, listGallery } from '../api/listGallery'
import type { GalleryItem } from '../api/types'

/**
 * Fixed cases, newest first; "more" pages back from the last one's fixedAt. A
 * page shorter than GALLERY_PAGE_SIZE is the last: 加载更多 shows only while
 * there may be more.
 */
export function useGallery() {
  const first = useRemote<GalleryItem[]>(() => listGallery())
  const [more, setMore] = useState<GalleryItem[]>([])
  const [moreEnded, setEnded] = useState(false)
  const ended = moreEnded || (first.data !== undefined && first.data.length < GALLERY_PAGE_SIZE)
  const items = [...(first.data ?? []), ...more].filter((it, i, all) => all.findIndex((x) => x.id === it.id) === i)

  const loadMore = useAction(async () => {
    const last = items[items.length - 1]
    if (!last) return undefined
    const page = await listGallery(last.fixedAt)
    const fresh = page.filter((p) => !items.some((x) => x.id === p.id))
    if (fresh.length) setMore((m) => [...m, ...fresh])
    if (page.length < GALLERY_PAGE_SIZE || !fresh.length) setEnded(true)
    return page
  })

  const reload = async () => {
    setMore([])
    setEnded(false)
    await first.reload()
  }

  return { first, items, ended, loadMore: loadMore.run, loadingMore: loadMore.busy, reload }
}
