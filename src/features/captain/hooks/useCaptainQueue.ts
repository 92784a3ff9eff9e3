import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { toastOk } from '../../../lib/feedback'
import { decide } from '../api/decide'
import { getQueue } from '../api/getQueue'
import type { Id, QueueItem, QueueStatus } from '../api/types'

export function useCaptainQueue() {
  const [tab, setTab] = useState<QueueStatus>('pending')
  const queue = useRemote<QueueItem[]>(() => getQueue(tab), [tab])
  /** the request whose reject reason is being asked for */
  const [rejecting, setRejecting] = useState<QueueItem | undefined>(undefined)

  const act = useAction(async (requestId: Id, decision: 'approve' | 'reject', reason?: string) => {
    const res = await decide(requestId, decision, reason)
    // it leaves the pending list at once; the reload brings the truth
    queue.setData((prev) => (prev ?? []).filter((q) => q.requestId !== requestId))
    setRejecting(undefined)
    toastOk(decision === 'approve' ? '已同意' : '已拒绝')
    void queue.reload()
    return res
  })

  return {
    tab,
    setTab,
    queue,
    approve: (item: QueueItem) => act.run(item.requestId, 'approve'),
    askReject: (item: QueueItem) => setRejecting(item),
    rejecting,
    cancelReject: () => setRejecting(undefined),
    confirmReject: (reason: string) => (rejecting ? act.run(rejecting.requestId, 'reject', reason) : Promise.resolve(undefined)),
    busy: act.busy,
  }
}
