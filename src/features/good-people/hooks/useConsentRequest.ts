import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { confirmOnce } from '../../../lib/feedback'
import { answerConsent } from '../api/answerConsent'
import { consentRequest } from '../api/consentRequest'
import type { ConsentRequest, ConsentResult, Id } from '../api/types'

/**
 * 确认推荐, opened from the request in 消息: the nomination as it would be
 * published, then 同意公开 or 婉拒. Declining needs no reason; it cannot be
 * undone, so it asks once.
 */
export function useConsentRequest(goodPersonId: Id) {
  const request = useRemote<ConsentRequest>(() => consentRequest(goodPersonId), [goodPersonId])
  const [result, setResult] = useState<ConsentResult | undefined>(undefined)
  const answer = useAction(async (agree: boolean) => {
    const res = await answerConsent(goodPersonId, agree)
    setResult(res)
    return res
  })
  return {
    request,
    result,
    busy: answer.busy,
    error: answer.error?.message,
    agree: () => void answer.run(true),
    decline: async () => {
      const sure = await confirmOnce('婉拒公开', '婉拒后，这条推荐不会公开，也不能再改主意。不用说明原因。', '婉拒')
      if (sure) void answer.run(false)
    },
  }
}
