/**
 * The campaign's settings form: what the county calls its campaign, the day it
 * began (the home page counts from it), a slogan, and a banner photo behind
 * the home page's title.
 */
import { useEffect, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { getCampaignSettings, updateCampaignSettings, type CampaignSettings, type SettingsDraft } from '../api/campaignSettings'

export const NAME_MAX = 40
export const SLOGAN_MAX = 40

const draftOf = (s: CampaignSettings): SettingsDraft => ({
  campaignName: s.campaignName,
  campaignStart: s.campaignStart,
  slogan: s.slogan,
  bannerRef: s.bannerRef,
  privacyOperator: s.privacyOperator,
  privacyContact: s.privacyContact,
})

export function useCampaignSettings() {
  const current = useRemote(getCampaignSettings)
  const [draft, setDraft] = useState<SettingsDraft | null>(null)
  const [photoBusy, setPhotoBusy] = useState(false)
  const [tried, setTried] = useState(false)
  const save = useAction((d: SettingsDraft) => updateCampaignSettings(d), { toastOnError: false })

  useEffect(() => {
    if (current.data && !draft) setDraft(draftOf(current.data))
  }, [current.data, draft])

  const patch = (p: Partial<SettingsDraft>) => {
    setDraft((d) => (d ? { ...d, ...p } : d))
    save.clearError()
  }

  const missing = !draft ? '' : draft.campaignName.trim().length < 4 ? '请填写创建活动的名称（至少4个字）' : ''

  const submit = async () => {
    setTried(true)
    if (!draft || missing || photoBusy) return
    const r = await save.run(draft)
    if (!r) return
    setDraft(draftOf(r))
    toastOk('已保存，首页已更新')
  }

  // The name's own problem shows once a save was tried, beside the server's answers.
  const fieldErrors = tried && missing ? { ...save.fieldErrors, campaignName: missing } : save.fieldErrors

  return { current, draft, patch, submit, busy: save.busy, error: save.error, fieldErrors, photoBusy, setPhotoBusy }
}

export type SettingsModel = ReturnType<typeof useCampaignSettings>
