import { call } from '../cloud'
import type { CampaignSummary, TodoItem } from '../api-types'

/** campaign.summary — banner and live figures on 首页. */
export function getCampaignSummary(): Promise<CampaignSummary> {
  return call<CampaignSummary>('campaign', 'summary', {})
}

/** campaign.todo — what needs the caller now. */
export function getTodo(): Promise<TodoItem[]> {
  return call<TodoItem[]>('campaign', 'todo', {})
}
