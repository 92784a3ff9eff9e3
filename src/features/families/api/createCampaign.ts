import { call } from '../../../lib/cloud'
import type { CreateCampaignInput, Id } from './types'

/** families.createCampaign — the command centre opens a campaign (dates in order, or VALIDATION). */
export function createCampaign(input: CreateCampaignInput): Promise<{ campaignId: Id }> {
  return call<{ campaignId: Id }>('families', 'createCampaign', input)
}
