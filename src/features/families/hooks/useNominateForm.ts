import Taro from '@tarojs/taro'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { getMe } from '../../../lib/api/identity'
import { toastOk } from '../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { getCampaign } from '../api/getCampaign'
import { nominateFamily } from '../api/nominateFamily'
import type { Id } from '../api/types'
import { serverErrors } from './rules'
import { useFamilyDraft, type FamilyDraft } from './useFamilyDraft'
import { askToSubscribe } from '../../../lib/subscribe'

export const nominateDraftKey = (campaignId: Id) => `families.nominate.${campaignId}`

export const EMPTY_FAMILY: FamilyDraft = { displayName: '', story: '', photos: [], showChildName: false }

/** What a child reads before sending: the parent sees it first. */
export const CHILD_NOTE = '提交后，会先请爸爸妈妈看一看，同意后才会给社区审核'

/**
 * 推荐家庭: the caller's own family — or, for an adult, a neighbour's
 * (`submit(householdId)`) — with a name, a story of at least 50 characters and
 * photos or drawings. The draft stays on the phone until the nomination is
 * in; then the nomination's page opens.
 */
export function useNominateForm(campaignId: Id) {
  const campaign = useRemote(() => getCampaign(campaignId), [campaignId])
  const me = useRemote(getMe)
  const child = me.data?.user.isMinor ?? false
  const form = useFamilyDraft(nominateDraftKey(campaignId), EMPTY_FAMILY, child)

  const submit = useAction(async (householdId?: Id) => {
    const content = form.checked()
    if (!content) return undefined
    askToSubscribe(['review'])
    const res = await nominateFamily(householdId ? { campaignId, householdId, ...content } : { campaignId, ...content })
    form.clear()
    toastOk('已提交')
    const url = withQuery(ROUTES.familyNomination, { id: res.nominationId })
    await Taro.redirectTo({ url }).catch(() => go(url))
    return res
  })

  const errors = { ...serverErrors(submit.fieldErrors), ...form.errors }
  return {
    campaign,
    me,
    child,
    form,
    errors,
    errorCount: Object.keys(errors).length,
    submit: submit.run,
    submitting: submit.busy,
    submitError: submit.error,
  }
}

export type NominateModel = ReturnType<typeof useNominateForm>
