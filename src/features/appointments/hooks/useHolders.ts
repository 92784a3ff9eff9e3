/** Posts in the caller's scope: take one back with a reason, withdraw an invitation nobody took. */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { cancelInvitation } from '../api/cancelInvitation'
import { getHolders } from '../api/getHolders'
import { revoke } from '../api/revoke'
import type { Holder, InvitationView } from '../api/types'

export function useHolders() {
  const list = useRemote(getHolders)
  const [revoking, setRevoking] = useState<Holder | null>(null)
  const take = useAction((grantId: string, reason: string) => revoke(grantId, reason), { toastOnError: false })
  const withdraw = useAction((id: string) => cancelInvitation(id))

  const confirmRevoke = async (reason: string) => {
    if (!revoking) return
    const done = await take.run(revoking.grantId, reason)
    if (!done) return
    toastOk('已撤销')
    setRevoking(null)
    await list.reload()
  }

  const cancel = async (inv: InvitationView) => {
    const sure = await confirmOnce('撤回邀请', `撤回后，${inv.scopeName}${inv.roleLabel}的邀请码 ${inv.code} 就不能用了。`, '撤回')
    if (!sure) return
    if (await withdraw.run(inv.id)) {
      toastOk('已撤回')
      await list.reload()
    }
  }

  return {
    list,
    revoking,
    askRevoke: (h: Holder) => {
      take.clearError()
      setRevoking(h)
    },
    closeRevoke: () => setRevoking(null),
    confirmRevoke,
    revokeError: take.error?.message,
    busy: take.busy || withdraw.busy,
    cancel,
  }
}
