import { call } from '../../../lib/cloud'
import type { CampaignSummary } from './types'

/** families.campaigns — the county's 文明家庭 campaigns, the latest first. */
export function listCampaigns(): Promise<CampaignSummary[]> {
  return call<CampaignSummary[]>('families', 'campaigns', {})
}
