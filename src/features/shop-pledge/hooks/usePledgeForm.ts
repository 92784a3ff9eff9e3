import { useEffect, useState } from 'react'
import { useDraft } from '../../../hooks/useDraft'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { getMe } from '../../../lib/api/identity'
import { toastOk } from '../../../lib/feedback'
import { getPledgeText } from '../api/getPledgeText'
import { listCommunities } from '../api/listCommunities'
import { signPledge } from '../api/signPledge'
import type { Community, Id, PledgeText, SignPledgeResult } from '../api/types'

export interface PledgeDraft {
  shopName: string
  address: string
  communityId: Id | ''
  contactPhone: string
  accepted: boolean
}

const EMPTY: PledgeDraft = { shopName: '', address: '', communityId: '', contactPhone: '', accepted: false }

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

/** Check before sending; the server checks again with the same rules. */
export function validatePledge(d: PledgeDraft): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.shopName.trim()) e.shopName = '请填写店铺名称'
  else if (d.shopName.trim().length > 40) e.shopName = '店铺名称请不要超过 40 个字'
  if (!d.address.trim()) e.address = '请填写店铺地址'
  if (d.communityId === '') e.communityId = '请选择店铺所在的社区'
  if (!PHONE.test(d.contactPhone.replace(/\s/g, ''))) e.contactPhone = '请填写 11 位手机号或座机号'
  if (!d.accepted) e.accepted = '请阅读并勾选承诺'
  return e
}

export function usePledgeForm() {
  const text = useRemote<PledgeText>(getPledgeText)
  const communities = useRemote<Community[]>(listCommunities)
  const draft = useDraft<PledgeDraft>('shop-pledge', EMPTY)
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [result, setResult] = useState<SignPledgeResult | undefined>(undefined)

  // Most shops are in the owner's own community: start there, the picker can change it.
  const hasCommunity = draft.value.communityId !== ''
  useEffect(() => {
    if (hasCommunity) return
    let live = true
    getMe()
      .then((me) => {
        if (live && me.household) draft.update('communityId', me.household.communityId)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [hasCommunity, draft.update])

  const submit = useAction(async () => {
    const d = draft.value
    const errs = validatePledge(d)
    setLocalErrors(errs)
    if (Object.keys(errs).length) return undefined
    if (!text.data) return undefined
    const res = await signPledge({
      versionId: text.data.versionId,
      shopName: d.shopName.trim(),
      address: d.address.trim(),
      communityId: d.communityId as Id,
      contactPhone: d.contactPhone.replace(/\s/g, ''),
      accepted: true,
    })
    setResult(res)
    draft.clear()
    toastOk(res.alreadySigned ? '这家店已经承诺过了' : '承诺成功')
    return res
  })

  const errors = { ...submit.fieldErrors, ...localErrors }
  const setField = <K extends keyof PledgeDraft>(k: K, v: PledgeDraft[K]) => {
    draft.update(k, v)
    if (localErrors[k]) setLocalErrors(({ [k]: _gone, ...rest }) => rest)
  }
  return {
    setField,
    text,
    communities,
    draft,
    errors,
    submit: submit.run,
    submitting: submit.busy,
    result,
    reset: () => setResult(undefined),
  }
}
