import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { listGallery } from '../api/listGallery'
import type { GalleryItem } from '../api/types'

/** Fixed cases, newest first; "more" pages back from the last one's fixedAt until a page comes back empty. */
export function useGallery() {
  const first = useRemote<GalleryItem[]>(() => listGallery())
  const [more, setMore] = useState<GalleryItem[]>([])
  const [ended, setEnded] = useState(false)
  const items = [...(first.data ?? []), ...more].filter((it, i, all) => all.findIndex((x) => x.id === it.id) === i)

  const loadMore = useAction(async () => {
    const last = items[items.length - 1]
    if (!last) return undefined
    const page = await listGallery(last.fixedAt)
    const fresh = page.filter((p) => !items.some((x) => x.id === p.id))
    if (!fresh.length) setEnded(true)
    else setMore((m) => [...m, ...fresh])
    return page
  })

  const reload = async () => {
    setMore([])
    setEnded(false)
    await first.reload()
  }

  return { first, items, ended, loadMore: loadMore.run, loadingMore: loadMore.busy, reload }
}
