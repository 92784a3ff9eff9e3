import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { acknowledgeNotice } from '../api/acknowledgeNotice'
import { readNotice } from '../api/readNotice'
import type { Id, NoticeView } from '../api/types'

/**
 * One notice for a resident. Opening it is reading it: the page loads it
 * through notices.read, which marks it read for the household (once, however
 * often it is opened). 收到 tells the captain the household got it; the
 * button then says 已确认收到.
 */
export function useNotice(noticeId: Id) {
  const notice = useRemote<NoticeView>(() => readNotice(noticeId), [noticeId])
  const ack = useAction(async () => {
    const v = await acknowledgeNotice(noticeId)
    notice.setData(v)
    toastOk('已确认收到')
    return v
  })
  return {
    notice,
    acknowledge: () => {
      if (notice.data?.acknowledged) return Promise.resolve(undefined)
      return ack.run()
    },
    acknowledging: ack.busy,
  }
}

export type NoticeModel = ReturnType<typeof useNotice>
