import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { getMyBinding } from '../api/getMyBinding'
import { cancelRequest } from '../api/cancelRequest'
import type { MyBinding } from '../api/types'

export function useMyBinding() {
  const binding = useRemote<MyBinding>(getMyBinding)
  const cancel = useAction(async () => {
    const pending = binding.data?.pending
    if (!pending) return undefined
    const ok = await confirmOnce('撤回申请', `撤回后楼长将看不到这条申请。确定撤回「${pending.label}」的绑定申请吗？`, '撤回')
    if (!ok) return undefined
    const res = await cancelRequest(pending.requestId)
    toastOk('已撤回')
    await binding.reload()
    return res
  })
  return { binding, cancel: cancel.run, cancelling: cancel.busy }
}
