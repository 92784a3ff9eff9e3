import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { CloudError } from '../../../lib/cloud'
import { errorMessage, toastOk } from '../../../lib/feedback'
import { castVote } from '../api/castVote'
import type { Id, VoteResult } from '../api/types'

/**
 * 投票: one vote at a time. A vote that went in moves the family's count and
 * the votes left today (onVoted); a refused one shows the server's words
 * under that family (今天的投票次数已用完，明天再来吧 …) and in a toast.
 * Families voted for today are remembered while the page is open, so their
 * button says 今天已投 (unless the campaign allows repeats).
 */
export function useVote(opts: { repeatSameFamily: boolean; onVoted: (id: Id, res: VoteResult) => void }) {
  const [pressing, setPressing] = useState<Id | undefined>(undefined)
  const [refused, setRefused] = useState<{ id: Id; message: string } | undefined>(undefined)
  const [voted, setVoted] = useState<Id[]>([])

  const action = useAction(async (id: Id) => {
    setPressing(id)
    setRefused(undefined)
    try {
      const res = await castVote(id)
      opts.onVoted(id, res)
      if (!opts.repeatSameFamily) setVoted((v) => (v.includes(id) ? v : [...v, id]))
      toastOk('投票成功')
      return res
    } catch (e) {
      setRefused({ id, message: errorMessage(e) })
      // voted for it today already (from another phone, or before this page opened)
      if (e instanceof CloudError && e.code === 'CONFLICT' && !opts.repeatSameFamily) setVoted((v) => (v.includes(id) ? v : [...v, id]))
      throw e
    } finally {
      setPressing(undefined)
    }
  })

  return {
    vote: action.run,
    busy: action.busy,
    pressing,
    voted: (id: Id) => voted.includes(id),
    refusal: (id: Id) => (refused && refused.id === id ? refused.message : undefined),
  }
}

export type VoteModel = ReturnType<typeof useVote>
