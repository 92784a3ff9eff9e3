import { call } from '../cloud'
import type { CampaignSummary, HomeView } from '../api-types'

/** campaign.summary — banner and live figures on 首页. */
export function getCampaignSummary(): Promise<CampaignSummary> {
  return call<CampaignSummary>('campaign', 'summary', {})
}

/** campaign.home — 首页 in one answer: banner and figures, the to-do, the 工作台 and the 楼栋通知 card. */
export function getHome(): Promise<HomeView> {
  return call<HomeView>('campaign', 'home', {})
}
