import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { toastOk } from '../../../lib/feedback'
import { CloudError } from '../../../lib/cloud'
import { getConvention } from '../api/getConvention'
import { signConvention } from '../api/signConvention'
import type { ConventionDetail, Id, SignResult } from '../api/types'

export type SignState = 'signed' | 'resign' | 'unsigned'

/** signed: a pledge on the current version (myPledge); resign: only one on an older version (previousPledge). */
export function signStateOf(d: Pick<ConventionDetail, 'myPledge' | 'previousPledge'>): SignState {
  if (d.myPledge) return 'signed'
  if (d.previousPledge) return 'resign'
  return 'unsigned'
}

export function useConventionDetail(conventionId: Id | undefined, onSigned?: (r: SignResult) => void) {
  const detail = useRemote<ConventionDetail>(
    () => (!conventionId ? Promise.reject(missingId()) : getConvention(conventionId)),
    [conventionId],
  )

  const sign = useAction(async () => {
    const d = detail.data
    if (!d) return undefined
    const res = await signConvention(d.version.id)
    detail.setData((prev) => {
      const base = prev ?? d
      return {
        ...base,
        signerCount: res.alreadySigned ? base.signerCount : Math.max(base.signerCount + 1, res.signerNo),
        myPledge: { id: res.pledgeId, signerNo: res.signerNo, signedAt: res.signedAt, version: base.version.version },
      }
    })
    toastOk(res.alreadySigned ? '您已经签过了' : '签署成功')
    onSigned?.(res)
    return res
  })

  return { detail, sign: sign.run, signing: sign.busy }
}

function missingId() {
  return new CloudError('NOT_FOUND', '没有找到这份公约，请从公约列表重新进入')
}
