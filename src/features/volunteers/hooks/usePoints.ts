import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { POINTS_PAGE_SIZE, getPointHistory } from '../api/getPointHistory'
import { getPoints } from '../api/getPoints'
import type { BalanceView, PointEntryView } from '../api/types'

/**
 * My points: the balance and the latest movements, then older ones a page at
 * a time ("加载更多" asks for those before the last one shown).
 */
export function usePoints() {
  const first = useRemote<BalanceView>(getPoints)
  const [more, setMore] = useState<PointEntryView[]>([])
  const [moreEnded, setMoreEnded] = useState(false)
  const entries = [...(first.data?.entries ?? []), ...more].filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
  const ended = moreEnded || (first.data !== undefined && first.data.entries.length < POINTS_PAGE_SIZE)

  const loadMore = useAction(async () => {
    const last = entries[entries.length - 1]
    if (!last) return undefined
    const page = await getPointHistory(last.id)
    const fresh = page.filter((p) => !entries.some((x) => x.id === p.id))
    setMore((m) => [...m, ...fresh])
    if (page.length < POINTS_PAGE_SIZE || !fresh.length) setMoreEnded(true)
    return page
  })

  const reload = async () => {
    setMore([])
    setMoreEnded(false)
    await first.reload()
  }

  return { first, entries, ended, loadMore: loadMore.run, loadingMore: loadMore.busy, reload }
}
