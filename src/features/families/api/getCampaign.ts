import { call } from '../../../lib/cloud'
import type { CampaignDetail, Id } from './types'

/** families.campaign — one campaign: its rules, the caller's votes left today and nomination. */
export function getCampaign(campaignId: Id): Promise<CampaignDetail> {
  return call<CampaignDetail>('families', 'campaign', { campaignId })
}
