import { call } from '../../../lib/cloud'
import type { CampaignSettings } from '../../../../server/modules/campaign/contracts'

export type { CampaignSettings }

export type SettingsDraft = Omit<CampaignSettings, 'countyName'>

/** campaign.settings — the campaign as its admins edit it. */
export function getCampaignSettings(): Promise<CampaignSettings> {
  return call<CampaignSettings>('campaign', 'settings', {})
}

/** campaign.updateSettings — name, start day, slogan and banner photo (null: the plain red banner). */
export function updateCampaignSettings(draft: SettingsDraft): Promise<CampaignSettings> {
  return call<CampaignSettings>('campaign', 'updateSettings', {
    ...draft,
    slogan: draft.slogan || undefined,
    privacyOperator: draft.privacyOperator || undefined,
    privacyContact: draft.privacyContact || undefined,
  })
}
